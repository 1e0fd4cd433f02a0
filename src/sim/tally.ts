// What the generated year adds up to, per stage of the chain, in t and t REO: the figures the
// demo reports at its end and the tests hold against shared/DOMAIN.md.
import { reoGrams, type Composition } from '../domain/composition.ts';
import { productByCode, type RecycledSource } from '../domain/products.ts';
import type { SimParty } from './industry.ts';

export interface StageFigure {
  tonnes: number;
  tonnesReo: number;
  lots: number;
}

export const STAGES = [
  'extracted-rock', 'extracted-ionic', 'concentrate', 'imported', 'separated', 'metal', 'magnet', 'material',
  'collected', 'recycled', 'recycled-pre-consumer', 'recycled-post-consumer', 'exported-magnet', 'exported-other', 'delivered', 'disposed',
] as const;
export type Stage = (typeof STAGES)[number];

interface MadeLot {
  mass: number;
  composition: Composition;
}

const TONNE = 1_000_000;

export class Tally {
  readonly #stages = new Map<Stage, { grams: number; reoGrams: number; lots: number }>();
  readonly recycledByProvince = new Map<string, number>();

  #add(stage: Stage, grams: number, reo: number, lots = 1): void {
    const entry = this.#stages.get(stage) ?? { grams: 0, reoGrams: 0, lots: 0 };
    entry.grams += grams;
    entry.reoGrams += reo;
    entry.lots += lots;
    this.#stages.set(stage, entry);
  }

  extracted(grams: number, reo: number, rock: boolean): void {
    this.#add(rock ? 'extracted-rock' : 'extracted-ionic', grams, reo);
  }

  made(stage: 'concentrate' | 'metal' | 'magnet' | 'material', grams: number, reo: number, lots = 1): void {
    this.#add(stage, grams, reo, lots);
  }

  separated(outputs: readonly MadeLot[]): void {
    for (const lot of outputs) this.#add('separated', lot.mass, reoGrams(lot.composition));
  }

  recycled(party: SimParty, outputs: readonly MadeLot[], source: RecycledSource | undefined): void {
    for (const lot of outputs) {
      const reo = reoGrams(lot.composition);
      this.#add('recycled', lot.mass, reo);
      if (source !== undefined) this.#add(source === 'pre-consumer' ? 'recycled-pre-consumer' : 'recycled-post-consumer', lot.mass, reo);
      const province = `${party.region.slice(0, 2)}0000`;
      this.recycledByProvince.set(province, (this.recycledByProvince.get(province) ?? 0) + reo);
    }
  }

  collected(grams: number, reo: number): void {
    this.#add('collected', grams, reo);
  }

  imported(grams: number, reo: number): void {
    this.#add('imported', grams, reo);
  }

  exported(product: string, grams: number, reo: number): void {
    this.#add(productByCode(product)?.category === 'magnet' ? 'exported-magnet' : 'exported-other', grams, reo);
  }

  delivered(grams: number, reo: number): void {
    this.#add('delivered', grams, reo);
  }

  disposed(grams: number, reo: number): void {
    this.#add('disposed', grams, reo);
  }

  /** Each stage in t and t REO, rounded to the kilogram. */
  stages(): Record<Stage, StageFigure> {
    const out = {} as Record<Stage, StageFigure>;
    for (const stage of STAGES) {
      const entry = this.#stages.get(stage) ?? { grams: 0, reoGrams: 0, lots: 0 };
      out[stage] = { tonnes: round3(entry.grams / TONNE), tonnesReo: round3(entry.reoGrams / TONNE), lots: entry.lots };
    }
    return out;
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
