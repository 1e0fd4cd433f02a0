// Heavy rare earths for the export cases: the Longnan separator imports high-yttrium ionic
// concentrate from Myanmar (China's main source of heavy rare earth feed) and separates it into
// single oxides at the ionic recovery norm (> 94 %; 96 % here).
import type { ElementSymbol } from '../../src/domain/index.ts';
import { at, oxideMass, pick, scale, tonnes } from './chem.ts';
import { day, reportTime } from './chain.ts';
import type { IonicChain } from './ionic.ts';
import type { Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';

const HEAVY_LINES: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'Y', product: 'oxide-y', elements: ['Y'], purity: 0.99 },
  { suffix: 'DY', product: 'oxide-dy', elements: ['Dy'], purity: 0.99 },
  { suffix: 'TB', product: 'oxide-tb', elements: ['Tb'], purity: 0.99 },
  { suffix: 'HO', product: 'oxide-ho', elements: ['Ho'], purity: 0.99 },
  { suffix: 'ER', product: 'oxide-er', elements: ['Er'], purity: 0.99 },
  { suffix: 'GD', product: 'oxide-gd', elements: ['Gd'], purity: 0.99 },
  { suffix: 'SM', product: 'oxide-sm', elements: ['Sm'], purity: 0.99 },
  { suffix: 'LREE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'REST', product: 'mixed-oxide-heavy', elements: ['Eu', 'Tm', 'Yb', 'Lu'], purity: 0.95 },
];

export interface HeavyOxides {
  /** Qualified ids of the separator's single-oxide lots by product code. */
  lots: Record<string, string>;
  grams: Record<string, number>;
}

/** The Longnan separator imports `massTonnes` of Myanmar high-Y concentrate in `month` and separates it. */
export function importAndSeparateHeavy({ w, s }: Context, south: IonicChain, month: string, tag: string, massTonnes = 100): HeavyOxides {
  const feed: LotSpec = { id: `MM-${tag}-01`, product: 'concentrate-ionic-high-y', massGrams: tonnes(massTonnes) };
  const importEvent = s.import(south.southSeparator, `imp-${tag}-01`, at(day(month, 2)), feed, 'MM', `5306${tag}00017788`);
  const recovered = scale(s.lot(south.southSeparator.lot(feed.id)).composition, 0.96);
  const outputs: LotSpec[] = [];
  for (const line of HEAVY_LINES) {
    const composition = pick(recovered, line.elements);
    if (Object.keys(composition).length === 0) continue;
    outputs.push({ id: `LN-${tag}-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition });
  }
  w.record(south.southSeparator, reportTime(month, 6), [
    importEvent,
    s.process(south.southSeparator, `sep-${tag}-hy`, at(day(month, 9)), [{ lot: feed.id, massGrams: feed.massGrams }], outputs, { facility: south.southPlant, note: 'Myanmar high-yttrium feed, declared to the group as imported ore' }),
  ]);
  return {
    lots: Object.fromEntries(outputs.map((o) => [o.product, south.southSeparator.lot(o.id)])),
    grams: Object.fromEntries(outputs.map((o) => [o.product, o.massGrams])),
  };
}

/** The separator sells `grams` of one of its oxides to `buyer` on the 15th of `month`; the buyer
 * receives it the next day. Returns the shipment lot, qualified. */
export function sellOxide(
  { w, s }: Context, south: IonicChain, heavy: HeavyOxides, product: string, grams: number, buyer: Party, month: string, tag: string,
): string {
  const lot = heavy.lots[product];
  if (lot === undefined) throw new Error(`the separator made no ${product}`);
  const shipment = `${lot.split(':')[1]}-${tag}`;
  w.record(south.southSeparator, reportTime(month, 6), [
    s.ship(south.southSeparator, `shp-${tag}`, at(day(month, 15)), lot.split(':')[1]!, grams, buyer, shipment),
  ]);
  w.record(buyer, reportTime(month, 7), [s.receive(buyer, `rcv-${tag}`, at(day(month, 16)), south.southSeparator.lot(shipment), grams)]);
  return south.southSeparator.lot(shipment);
}
