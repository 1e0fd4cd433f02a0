import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leftOver, residueMix, separationLots } from '../../lib/round14.ts';

export default defineCase({
  id: 'V-residues-76',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing water-leach residue booked as "beneficiation tailings" and tipped into the mine\'s tailings dam',
  does: 'The mining company holds a disposal licence for its Dongshan tailings dam, for beneficiation tailings only. The Baotou separator\'s July 2025 campaign (07-20, on the mine\'s 1,000 t of concentrate) books its 450 t of acid-roasting water-leach residue as "Bayan Obo beneficiation tailings" and ships it to the mining company on 07-24, which places it in the tailings dam on 07-27 as tailings. The residue is the thorium-bearing cake of the acid roast, with the composition of one; the dam is cheaper than the radioactive store and has no radiation monitoring. Everyone reports on time.',
  expect: 'A separation residue, with a residue\'s composition, labelled as mine tailings and placed in a dam licensed only for tailings, out of the radioactive residue store: the separation, the residue lot and the placement.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT-DSP-BY-2024', party: r.miner.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-bayan-obo'] } });
    const dam = w.facility({ id: 'dam-dongshan-tailings', party: r.miner.id, kind: 'disposal-site', nameZh: '东山尾矿库', nameEn: 'Dongshan tailings dam', region: '150206', licence });
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feed = s.share(july.feed, july.shippedGrams);
    const recovered = scale(feed, 0.95);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const lots = separationLots(recovered, 'SEP-2507', { product: 'tailings-bayan-obo', massGrams: residueGrams, composition: residueMix('slag-water-leach-residue', residueGrams, leftOver(feed, recovered)) });
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], lots.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), lots.residue.id, residueGrams, r.miner, undefined, 'tipper trucks to the Dongshan dam'),
    ]);
    const residue = r.separator.lot(lots.residue.id);
    w.record(r.miner, reportTime('2025-07', 7), [
      s.receive(r.miner, 'rcv-2507-res', at('2025-07-25'), residue, residueGrams),
      s.dispose(r.miner, 'dsp-2507-res', at('2025-07-27'), residue, residueGrams, 'tailings-storage', dam),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01'), r.miner.event('dsp-2507-res')], lots: [residue] },
    };
  },
});
