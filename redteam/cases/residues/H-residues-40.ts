import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-40',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Leach residue back-hauled to the mining company\'s own licensed radioactive residue store',
  does: 'Besides its tailings dam, the Dongshan mining company runs a lined, licensed store for thorium-bearing residues at Bayan Obo, built for the group\'s separators: its disposal licence names water-leach and monazite residues, and the store is registered under it. The concentrate trains go back to the mine empty, so on 2025-06-24 the separator loads its June water-leach residue, 450 t, into the returning wagons and ships it to the miner, which receives it on 06-25 and places it in the residue store on 06-27 as radioactive waste. Both report June on time.',
  expect: 'Nothing: radioactive residue disposed of as radioactive waste, by a party licensed for that residue, at a site registered under that licence, two days after it arrived; that the party is also a miner does not matter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const licence = w.licence({ id: 'RT-DSP-DS-RES-2024', party: r.miner.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue'] } });
    const store = w.facility({ id: 'store-dongshan-residue', party: r.miner.id, kind: 'disposal-site', nameZh: '东山放射性废渣库', nameEn: 'Dongshan radioactive residue store', region: '150206', licence });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.miner, undefined, 'back-haul in returning concentrate wagons, sealed'),
    ]);
    w.record(r.miner, at('2025-07-07', '10:00'), [
      s.receive(r.miner, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.dispose(r.miner, 'dsp-2506-res', at('2025-06-27'), june.residue, residue.massGrams, 'radioactive-waste-storage', store),
    ]);
    return { world: w, find: {} };
  },
});
