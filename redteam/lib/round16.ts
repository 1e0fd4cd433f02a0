// Helpers of the round-16 cases (ids 93–95): a registered party of the case's own, a month of the
// Ganzhou recycler (NdFeB swarf collected, leached and separated, its leach residue placed by the
// licensed disposer), and the southern heavy chain in one call. Built only on the library's other
// modules; figures not in shared/DOMAIN.md are marked estimates where they are made.
import { createHash } from 'node:crypto';
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import type { EnterpriseRole } from '../../src/domain/parties.ts';
import { makeUscc } from '../../src/domain/uscc.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, metalMass, oxideMass, pick, scale, tonnes, totalGrams, typical } from './chem.ts';
import { importAndSeparateHeavy, type HeavyOxides } from './heavy.ts';
import { addIonicChain, type IonicChain } from './ionic.ts';
import type { Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';

/** A registered enterprise of the case's own. */
export function enterprise(
  { w }: Context, tag: string, roles: EnterpriseRole[], nameZh: string, nameEn: string, region: string, group?: Party,
): Party {
  return w.party(tag, { kind: 'enterprise', roles, nameZh, nameEn, region, ...(group === undefined ? {} : { group: group.id }) });
}

/** The Longnan separator (with the southern group) and a month's import of Myanmar high-Y feed, separated. */
export function southHeavy(ctx: Context, month: string, tag: string, massTonnes = 100): { south: IonicChain; heavy: HeavyOxides } {
  const south = addIonicChain(ctx);
  const heavy = importAndSeparateHeavy(ctx, south, month, tag, massTonnes);
  return { south, heavy };
}

export interface RecyclerMonth {
  /** The recycler's events (collection, campaign, residue shipment), for the case to record when it says. */
  events: LedgerEvent[];
  /** Local ids of the recycled NdPr oxide and heavy oxide lots, and their masses. */
  ndpr: string;
  ndprGrams: number;
  heavy: string;
}

/**
 * The Ganzhou recycler's month: `swarfTonnes` of NdFeB swarf collected from a named Ningbo
 * workshop on day 4, leached and separated on day 15 at 96 % of every element (DOMAIN.md: up to
 * about 97 %), its iron-rich leach residue (0.8 t per t of swarf, an estimate) shipped on day 20 to
 * the licensed disposer, which receives it on day 22, lands it on day 23 and reports on the 7th of
 * the next month (recorded here). Lot ids carry `tag`.
 */
export function recyclerMonth(ctx: Context, month: string, tag: string, swarfTonnes: number, reportedAt: string): RecyclerMonth {
  const { w, s, r } = ctx;
  const scrapId = `SW-${tag}-01`;
  const collect = s.collect(r.recycler, `col-${tag}-01`, at(`${month}-04`), { id: scrapId, product: 'scrap-ndfeb-swarf', massGrams: tonnes(swarfTonnes) },
    { name: '宁波镇海恒达磁材加工厂', id: 'supplier-zhenhai-0231' }, r.recyclingPlant);
  const held = s.lot(r.recycler.lot(scrapId)).composition;
  const recovered = scale(held, 0.96);
  const ndpr = pick(recovered, ['Pr', 'Nd']);
  const heavy = pick(recovered, ['Tb', 'Dy']);
  const residueGrams = tonnes(swarfTonnes * 0.8);
  const residue = typical('slag-recycling-residue', residueGrams);
  const ndprGrams = oxideMass(ndpr);
  const process = s.process(r.recycler, `rec-${tag}-01`, at(`${month}-15`), [{ lot: scrapId, massGrams: tonnes(swarfTonnes) }], [
    { id: `RO-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: ndprGrams, composition: ndpr },
    { id: `RO-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
    { id: `RO-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
  ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' });
  const ship = s.ship(r.recycler, `shp-${tag}-res`, at(`${month}-20`), `RO-${tag}-RES`, residueGrams, r.disposer, undefined, 'covered tipper trucks');
  w.record(r.disposer, reportedAt, [
    s.receive(r.disposer, `rcv-${tag}-rres`, at(`${month}-22`), r.recycler.lot(`RO-${tag}-RES`), residueGrams),
    s.dispose(r.disposer, `dsp-${tag}-rres`, at(`${month}-23`), r.recycler.lot(`RO-${tag}-RES`), residueGrams, 'landfill', r.disposalSite),
  ]);
  return { events: [collect, process, ship], ndpr: `RO-${tag}-NDPR`, ndprGrams, heavy: `RO-${tag}-HRE` };
}

// ---------------------------------------------------------------------------------------------

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

/** The Longnan cascade's single oxides (as heavy.ts makes them) holding `recovered`, ids `<prefix>-<suffix>`. */
export function heavyLots(recovered: Composition, prefix: string): LotSpec[] {
  const out: LotSpec[] = [];
  for (const line of HEAVY_LINES) {
    const composition = pick(recovered, line.elements);
    if (Object.keys(composition).length === 0) continue;
    out.push({ id: `${prefix}-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition });
  }
  return out;
}

/** A valid credit code for a company outside the registry (a final customer), stable across builds. */
export function outsideCode(tag: string, region: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const digest = createHash('sha256').update(`ytterby-redteam-outside:${tag}`).digest();
  const body = [...digest.subarray(0, 8)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
}

/**
 * A July 2025 electrolysis campaign at the Baotou smelter that books its slag: the separator ships
 * 30 t of June's NdPr oxide on 07-02 (recorded 08-06), received 07-03; reduced on 07-10, 95 % of
 * the rare earths to metal and 2.5 % to fluoride electrolysis slag at 33 % rare earths (the
 * catalogue's grade), the rest fume and cell losses (estimates; DOMAIN.md has no oxide → metal
 * yield). Returns the smelter's events (receipt and campaign) and the slag's local id and mass.
 */
export function smelterCampaignWithSlag(ctx: Context, ndprOxide: string): { events: LedgerEvent[]; slag: string; slagGrams: number; metal: string; metalGrams: number } {
  const { w, s, r } = ctx;
  const local = ndprOxide.split(':')[1]!;
  const grams = tonnes(30);
  w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), local, grams, r.smelter, `${local}-S2`)]);
  const lot = r.separator.lot(`${local}-S2`);
  const feed = s.share(lot, grams);
  const metalComp = scale(feed, 0.95);
  const slagComp = scale(feed, 0.025);
  const slagGrams = Math.ceil(totalGrams(slagComp) / 0.33);
  const metalGrams = metalMass(metalComp);
  const events: LedgerEvent[] = [
    s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), lot, grams),
    s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot, massGrams: grams }], [
      { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalGrams, composition: metalComp },
      { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slagComp },
    ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; cell slag skimmed and drummed' }),
  ];
  return { events, slag: 'SLG-2507-01', slagGrams, metal: 'MET-2507-01', metalGrams };
}

/**
 * A Lianyungang swarf recycler (Jiangsu holds 11 % of recycling, DOMAIN.md) with its plant; its
 * licences are the case's own. `campaign` writes a month: `swarfTonnes` of swarf collected on day
 * 5, leached on day 18 at 96 % (the residue, 0.8 t per t, an estimate, to the Baotou store on day 20,
 * received day 22, landfilled day 23), recorded on the 6th (recycler) and 7th (store) of the next month.
 */
export function lianyungangRecycler(ctx: Context): { party: Party; plant: string; campaign(month: string, next: string, tag: string, swarfTonnes: number): void } {
  const { w, s, r } = ctx;
  const party = enterprise(ctx, 'lyg-recycler', ['recycler'], '连云港海州湾稀土再生科技有限公司', 'Lianyungang Haizhou Bay Rare Earth Recycling Technology Co.', '320700');
  const plant = `plant-lyg-recycling`;
  const campaign = (month: string, next: string, tag: string, swarfTonnes: number): void => {
    const scrapId = `LS-${tag}-01`;
    const swarfGrams = tonnes(swarfTonnes);
    const collect = s.collect(party, `col-${tag}-01`, at(`${month}-05`), { id: scrapId, product: 'scrap-ndfeb-swarf', massGrams: swarfGrams }, { name: '常州武进精磁材料有限公司', id: 'supplier-wujin-0088' }, plant);
    const held = s.lot(party.lot(scrapId)).composition;
    const recovered = scale(held, 0.96);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = tonnes(swarfTonnes * 0.8);
    w.record(party, at(`${next}-06`, '10:00'), [
      collect,
      s.process(party, `rec-${tag}-01`, at(`${month}-18`), [{ lot: scrapId, massGrams: swarfGrams }], [
        { id: `LR-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: `LR-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: `LR-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: typical('slag-recycling-residue', residueGrams) },
      ], { facility: plant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(party, `shp-${tag}-res`, at(`${month}-20`), `LR-${tag}-RES`, residueGrams, r.disposer),
    ]);
    w.record(r.disposer, at(`${next}-07`, '14:00'), [
      s.receive(r.disposer, `rcv-${tag}-lres`, at(`${month}-22`), party.lot(`LR-${tag}-RES`), residueGrams),
      s.dispose(r.disposer, `dsp-${tag}-lres`, at(`${month}-23`), party.lot(`LR-${tag}-RES`), residueGrams, 'landfill', r.disposalSite),
    ]);
  };
  return { party, plant, campaign };
}

/**
 * La–Ce mischmetal for a Baotou rare earth ferrosilicon works: the separator ships 8 t of June's
 * lanthanum oxide and 15 t of its cerium oxide to the smelter on 2025-07-03 (received 07-04), which
 * reduces them on 07-08 at 97 % and ships 18 t of mischmetal to the works on 07-12 (received 07-13).
 * Separator records on 08-06, smelter 08-07; the works' receipt is returned for the case to record.
 */
export function mischmetalForFerrosilicon(ctx: Context): { works: Party; plant: string; receipt: LedgerEvent; mischLot: string; mischGrams: number } {
  const { w, s, r } = ctx;
  const works = enterprise(ctx, 'resife-works', ['alloy-maker'], '包头稀土硅铁合金有限公司', 'Baotou Rare Earth Ferrosilicon Alloy Co.', '150200');
  const plant = w.facility({ id: 'plant-resife', party: works.id, kind: 'plant', nameZh: '稀土硅铁合金厂', nameEn: 'RE ferrosilicon plant', region: '150200' });
  const la = tonnes(8);
  const ce = tonnes(15);
  w.record(r.separator, at('2025-08-06', '10:00'), [
    s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, r.smelter, 'SEP-2506-LA-S1'),
    s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, r.smelter, 'SEP-2506-CE-S1'),
  ]);
  const laLot = r.separator.lot('SEP-2506-LA-S1');
  const ceLot = r.separator.lot('SEP-2506-CE-S1');
  const feed = { ...s.share(laLot, la), ...s.share(ceLot, ce) };
  const mischComp = scale(feed, 0.97);
  const mischGrams = metalMass(mischComp);
  const shipped = tonnes(18);
  w.record(r.smelter, at('2025-08-07', '10:00'), [
    s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), laLot, la),
    s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-04'), ceLot, ce),
    s.process(r.smelter, 'met-2507-mm', at('2025-07-08'), [{ lot: laLot, massGrams: la }, { lot: ceLot, massGrams: ce }], [
      { id: 'MM-2507-01', product: 'metal-mischmetal-lace', massGrams: mischGrams, composition: mischComp },
    ], { facility: r.metalPlant, note: 'La–Ce mischmetal by chloride–fluoride electrolysis' }),
    s.ship(r.smelter, 'shp-2507-mm', at('2025-07-12'), 'MM-2507-01', shipped, works, 'MM-2507-01-S1', '250 kg drums on 1 t pallets'),
  ]);
  const mischLot = r.smelter.lot('MM-2507-01-S1');
  return { works, plant, receipt: s.receive(works, 'rcv-2507-mm', at('2025-07-13'), mischLot, shipped), mischLot, mischGrams: shipped };
}
