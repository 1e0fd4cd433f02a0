// Helpers of the round-10 cases (ids 90–92): a samarium–cobalt chain (Longnan samarium oxide,
// reduced to metal in Baotou, sintered into Sm2Co17 magnets in Ningbo), a licensed industrial
// landfill for non-radioactive slag, and small parties. Built only on the library's other modules;
// figures not in shared/DOMAIN.md are marked estimates.
import type { Composition } from '../../src/domain/index.ts';
import { productByCode } from '../../src/domain/index.ts';
import { at, massAtShare, scale, subtract, tonnes, totalGrams } from './chem.ts';
import { reportTime } from './chain.ts';
import { importAndSeparateHeavy, sellOxide, type HeavyOxides } from './heavy.ts';
import { addIonicChain, type IonicChain } from './ionic.ts';
import { smelt } from './refining.ts';
import type { Context } from './roster.ts';
import type { Party } from './world.ts';

/** Rare earth metal share of a lot of `product` by the catalogue's typical fractions. */
export function reShareOf(product: string): number {
  const entry = productByCode(product);
  if (entry === undefined) throw new Error(`unknown product ${product}`);
  return Object.values(entry.typicalFractions).reduce((a, b) => a + (b ?? 0), 0);
}

/** A lot mass for `composition` at the catalogue's typical rare earth share of `product`. */
export function massAsTypical(product: string, composition: Composition): number {
  return Math.ceil(totalGrams(composition) / reShareOf(product));
}

export interface SmcoChain {
  south: IonicChain;
  heavy: HeavyOxides;
  /** The magnet maker's SmCo magnet lot (qualified) and its mass. */
  magnets: string;
  magnetGrams: number;
  scrap: string;
  scrapGrams: number;
}

/**
 * Samarium from the Longnan separator's July 2025 import (2 t of Sm2O3 sold to the Baotou smelter on
 * 07-15, received 07-16), reduced to metal on 07-20 (lanthanum reduction–distillation, 97 %),
 * shipped whole to the Ningbo magnet maker on 07-24 (received 07-25), sintered on 08-05 into
 * Sm2Co17 magnets (25 % Sm) with SmCo grinding scrap. `evaporated` is the share of samarium lost
 * by evaporation in sintering (about 2 %, an estimate: makers weigh in excess Sm for it).
 */
export function smcoChain(ctx: Context, evaporated = 0.02): SmcoChain {
  const { w, s, r } = ctx;
  const south = addIonicChain(ctx);
  const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
  const oxideGrams = tonnes(2);
  const smOxide = sellOxide(ctx, south, heavy, 'oxide-sm', oxideGrams, r.smelter, '2025-07', '2507-sm');
  const metal = smelt(s.share(smOxide, oxideGrams), 'MET-2507-SM', 'metal-sm');
  w.record(r.smelter, at('2025-08-07', '11:00'), [
    s.process(r.smelter, 'met-2507-sm', at('2025-07-20'), [{ lot: smOxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'lanthanum reduction–distillation of Sm2O3, order of Ningbo Beilun' }),
    s.ship(r.smelter, 'shp-2507-sm', at('2025-07-24'), metal.id, metal.massGrams, r.magnets, undefined, 'vacuum-packed ingots'),
  ]);
  const metalLot = r.smelter.lot(metal.id);
  w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-sm', at('2025-07-25'), metalLot, metal.massGrams)]);
  const feed = s.lot(metalLot).composition;
  const scrapComp = scale(feed, 0.03);
  const magnetComp = scale(subtract(feed, scrapComp), (1 - 0.03 - evaporated) / (1 - 0.03));
  const magnetGrams = massAtShare(magnetComp, 0.25);
  const scrapGrams = massAtShare(scrapComp, 0.25);
  w.record(r.magnets, reportTime('2025-08', 8), [
    s.process(r.magnets, 'mag-2508-smco', at('2025-08-05'), [{ lot: metalLot, massGrams: metal.massGrams }], [
      { id: 'SMCO-2508-01', product: 'magnet-smco', massGrams: magnetGrams, composition: magnetComp },
      { id: 'SMCO-2508-SCRAP', product: 'scrap-smco', massGrams: scrapGrams, composition: scrapComp },
    ], { facility: r.magnetPlant, note: `Sm2Co17 line: melt, mill, press, sinter and age; ${Math.round(evaporated * 1000) / 10} % of the samarium evaporates in sintering (estimate), cobalt, iron, copper and zirconium not booked` }),
  ]);
  return { south, heavy, magnets: r.magnets.lot('SMCO-2508-01'), magnetGrams, scrap: r.magnets.lot('SMCO-2508-SCRAP'), scrapGrams };
}

export interface Landfill {
  landfill: Party;
  landfillSite: string;
  landfillLicence: string;
}

/** A Baotou industrial landfill licensed for non-radioactive slags only (fictional). */
export function addLandfill({ w }: Context): Landfill {
  const landfill = w.party('industrial-landfill', {
    kind: 'enterprise', roles: ['disposer'], nameZh: '包头固废填埋处置有限公司', nameEn: 'Baotou Solid Waste Landfill Co.', region: '150205',
  });
  const landfillLicence = w.licence({
    id: 'RT-DSP-SG-2024', party: landfill.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31',
    scope: { products: ['slag-recycling-residue', 'slag-electrolysis'] },
  });
  const landfillSite = w.facility({
    id: 'site-shiguai-landfill', party: landfill.id, kind: 'disposal-site', nameZh: '石拐一般工业固废填埋场', nameEn: 'Shiguai industrial solid waste landfill', region: '150205', licence: landfillLicence,
  });
  return { landfill, landfillSite, landfillLicence };
}
