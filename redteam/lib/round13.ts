// Helpers of the round-13 cases (ids 66–68): an AB5 hydrogen-storage alloy works fed with
// mischmetal the Baotou smelter reduces from the separator's June lanthanum and cerium oxides, a
// Xunwu heap leach that books its tailings, and a disposer with a licence of its own. Built only on
// the library's other modules; figures not in shared/DOMAIN.md are marked estimates.
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { add, at, metalMass, reo, scale, subtract, tonnes, totalGrams } from './chem.ts';
import type { IonicChain } from './ionic.ts';
import type { Context } from './roster.ts';
import type { Party } from './world.ts';

export interface Ab5Chain {
  works: Party;
  worksPlant: string;
  /** The works' alloy lot (qualified) and its mass. */
  alloy: string;
  alloyGrams: number;
}

/**
 * The separator sells 8 t of lanthanum oxide and 15 t of cerium oxide from its June lots to the
 * Baotou smelter (shipped 07-03, received 07-04), which reduces them on 07-08 into La–Ce
 * mischmetal at 97 % and ships 18 t to a Baotou AB5 alloy works on 07-12 (received 07-13). The
 * works melts it on 07-20 with nickel, cobalt, manganese and aluminium into AB5 alloy at 33 % rare
 * earths, 99.5 % of the rare earths into the alloy (0.5 % to dross and oxidation, an estimate).
 * Everyone reports July between the 6th and the 8th of August. Needs honestMonth(ctx, '2025-06').
 */
export function ab5Chain(ctx: Context, options: { exporter?: boolean } = {}): Ab5Chain {
  const { w, s, r } = ctx;
  const works = w.party('ab5-works', {
    kind: 'enterprise', roles: options.exporter === true ? ['hydrogen-storage-maker', 'exporter'] : ['hydrogen-storage-maker'],
    nameZh: '包头稀土储氢合金有限公司', nameEn: 'Baotou Rare Earth Hydrogen-Storage Alloy Co.', region: '150200',
  });
  const worksPlant = w.facility({ id: 'plant-ab5-alloy', party: works.id, kind: 'plant', nameZh: '储氢合金厂', nameEn: 'AB5 alloy plant', region: '150200' });
  const la = tonnes(8);
  const ce = tonnes(15);
  w.record(r.separator, at('2025-08-06', '10:00'), [
    s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, r.smelter, 'SEP-2506-LA-S1'),
    s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, r.smelter, 'SEP-2506-CE-S1'),
  ]);
  const laLot = r.separator.lot('SEP-2506-LA-S1');
  const ceLot = r.separator.lot('SEP-2506-CE-S1');
  const feed = add(s.share(laLot, la), s.share(ceLot, ce));
  const mischComp = scale(feed, 0.97);
  const mischGrams = metalMass(mischComp);
  const mmShip = tonnes(18);
  w.record(r.smelter, at('2025-08-07', '10:00'), [
    s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), laLot, la),
    s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-04'), ceLot, ce),
    s.process(r.smelter, 'met-2507-mm', at('2025-07-08'), [{ lot: laLot, massGrams: la }, { lot: ceLot, massGrams: ce }], [
      { id: 'MM-2507-01', product: 'metal-mischmetal-lace', massGrams: mischGrams, composition: mischComp },
    ], { facility: r.metalPlant, note: 'La–Ce mischmetal by chloride–fluoride electrolysis, order of the AB5 works' }),
    s.ship(r.smelter, 'shp-2507-mm', at('2025-07-12'), 'MM-2507-01', mmShip, works, 'MM-2507-01-S1', '250 kg drums on 1 t pallets'),
  ]);
  const mmLot = r.smelter.lot('MM-2507-01-S1');
  const reIn = s.share(mmLot, mmShip);
  const alloyComp = scale(reIn, 0.995);
  const alloyGrams = Math.ceil(totalGrams(alloyComp) / 0.33);
  w.record(works, at('2025-08-08', '10:00'), [
    s.receive(works, 'rcv-2507-mm', at('2025-07-13'), mmLot, mmShip),
    s.process(works, 'ab5-2507-01', at('2025-07-20'), [{ lot: mmLot, massGrams: mmShip }], [
      { id: 'AB5-2507-01', product: 'hsa-ab5', massGrams: alloyGrams, composition: alloyComp },
    ], { facility: worksPlant, note: 'vacuum induction melting with Ni, Co, Mn and Al (MmNi3.55Co0.75Mn0.4Al0.3), annealed and hydrogen-crushed; nickel and cobalt not booked; 0.5 % of the rare earths to dross and oxidation (estimate)' }),
  ]);
  return { works, worksPlant, alloy: works.lot('AB5-2507-01'), alloyGrams };
}

export interface HeapLeach {
  /** Local ids in the ionic miner's namespace. */
  ore: string;
  concentrate: string;
  tailings: string;
  tailingsGrams: number;
  concentrateGrams: number;
  events: LedgerEvent[];
}

/**
 * A Xunwu heap leach in July 2025: 50,000 t of light ion-adsorption clay ore (0.1 % REO, the
 * catalogue's grade) dug on 07-02 and leached with ammonium sulphate on 07-04 at 85 % (an estimate;
 * DOMAIN.md's beneficiation floor is 75 %) into 92 % REO concentrate; the leached clay, with the
 * rest of the rare earths, booked as ionic leach tailings. Returns the miner's events.
 */
export function heapLeach(ctx: Context, south: IonicChain): HeapLeach {
  const { s } = ctx;
  const m = south.ionicMiner;
  const oreGrams = tonnes(50_000);
  const extract = s.extract(m, 'ext-2507-ore', at('2025-07-02'), south.ionicMine, { id: 'XO-2507-01', product: 'ore-ionic-light', massGrams: oreGrams });
  const ore = s.lot(m.lot('XO-2507-01')).composition;
  const conc = scale(ore, 0.85);
  const concentrateGrams = Math.ceil(reo(conc) / 0.92);
  const tailingsGrams = oreGrams - concentrateGrams - tonnes(2_000);
  const leach = s.process(m, 'lch-2507-01', at('2025-07-04'), [{ lot: 'XO-2507-01', massGrams: oreGrams }], [
    { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: concentrateGrams, composition: conc },
    { id: 'XT-2507-01', product: 'tailings-ionic-leach', massGrams: tailingsGrams, composition: subtract(ore, conc) },
  ], { facility: south.ionicMine, note: 'heap leach with ammonium sulphate, oxalic acid precipitation and calcining; about 2,000 t of water lost from the heap (estimate)' });
  return { ore: 'XO-2507-01', concentrate: 'IC-2507-01', tailings: 'XT-2507-01', tailingsGrams, concentrateGrams, events: [extract, leach] };
}

/** A licensed disposer of its own (fictional), with one disposal site and licence. */
export function addDisposer(
  { w }: Context, tag: string, names: { zh: string; en: string; siteZh: string; siteEn: string }, region: string,
  licence: { id: string; validFrom: string; validTo: string; products: string[] },
): { party: Party; site: string; licence: string } {
  const party = w.party(tag, { kind: 'enterprise', roles: ['disposer'], nameZh: names.zh, nameEn: names.en, region });
  const lic = w.licence({ id: licence.id, party: party.id, activity: 'disposal', validFrom: licence.validFrom, validTo: licence.validTo, scope: { products: licence.products } });
  const site = w.facility({ id: `site-${tag}`, party: party.id, kind: 'disposal-site', nameZh: names.siteZh, nameEn: names.siteEn, region, licence: lic });
  return { party, site, licence: lic };
}
