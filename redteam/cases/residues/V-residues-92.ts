import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedResidue } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-residues-92',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo beneficiation tailings sold to the Ganzhou recycler as "low-grade feed" instead of going to the tailings store',
  does: 'The Bayan Obo miner runs 5,000 t of ore through its concentrator on 2025-07-06: 76 % of the rare earths to concentrate, the rest to 1,060 t of tailings at 6.8 % REO, richer than the ore itself. Instead of sending the tailings to the licensed store, it sells them on 07-15 to the Ganzhou recycler, which receives them on 07-18 and on 07-25 leaches them into mixed rare earth carbonate, keeping the leach residue in its yard. Tailings are a mining residue that must reach licensed disposal; they carry Bayan Obo\'s thorium, and a recycler may not process mineral material. Everyone reports on time.',
  expect: 'Tailings that went to a recycler, not to licensed disposal, and were processed there: the miner\'s shipment, the tailings lot and the recycler\'s leach.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const plant = w.facility({ id: 'plant-dongshan-concentrator', party: r.miner.id, kind: 'plant', nameZh: '东山选矿厂', nameEn: 'Dongshan concentrator', region: '150206', licence: r.miningLicence });
    const ext = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, { id: 'ROM-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(5_000) });
    const ore = s.lot(r.miner.lot('ROM-2507-01')).composition;
    const concComp = scale(ore, 0.76);
    const tailComp = subtract(ore, concComp);
    const concGrams = Math.round(reo(concComp) / 0.5);
    const tailGrams = Math.round(reo(tailComp) / 0.068);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      ext,
      s.process(r.miner, 'ben-2507-01', at('2025-07-06'), [{ lot: 'ROM-2507-01', massGrams: tonnes(5_000) }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: concGrams, composition: concComp },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tailGrams, composition: tailComp },
      ], { facility: plant, note: 'magnetic separation and flotation; iron concentrate to the steelworks (no rare earths booked)' }),
      s.ship(r.miner, 'shp-2507-tl', at('2025-07-15'), 'TL-2507-01', tailGrams, r.recycler, undefined, 'sold as low-grade rare earth feed'),
    ]);
    const tl = r.miner.lot('TL-2507-01');
    const feed = s.lot(tl).composition;
    const carb = scale(feed, 0.8);
    const carbGrams = Math.round(reo(carb) / 0.45);
    const resGrams = tailGrams - carbGrams;
    w.record(r.recycler, at('2025-08-07', '11:00'), [
      s.receive(r.recycler, 'rcv-2507-tl', at('2025-07-18'), tl, tailGrams),
      s.process(r.recycler, 'lch-2507-tl', at('2025-07-25'), [{ lot: tl, massGrams: tailGrams }], [
        { id: 'REC-2507-CARB', product: 'mixed-carbonate-light', massGrams: carbGrams, composition: carb },
        { id: 'REC-2507-TRES', product: 'slag-recycling-residue', massGrams: resGrams, composition: cappedResidue('slag-recycling-residue', resGrams, subtract(feed, carb)) },
      ], { facility: r.recyclingPlant, note: 'sulphuric acid leach, carbonate precipitation' }),
    ]);
    return {
      world: w,
      find: { events: [r.miner.event('shp-2507-tl'), r.recycler.event('lch-2507-tl')], lots: [tl] },
    };
  },
});
