import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-40',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing leach residue back-hauled to the mine and tipped into its tailings dam',
  does: 'The Dongshan miner holds a disposal licence for its own beneficiation tailings at its tailings dam. The residue store charges the separator by the tonne, the mine is in the same group, and the concentrate trains go back to Bayan Obo empty. So on 2025-06-24 the separator loads its June water-leach residue, 450 t of thorium-bearing acid-roasting residue, into the returning wagons and ships it to the miner, which receives it on 06-25 and on 06-27 books it as placed in the tailings dam, "tailings storage". Both report June on time.',
  expect: 'Radioactive residue disposed of at a site licensed for tailings only: the licence\'s scope does not reach water-leach residue, and a tailings dam is not a radioactive waste store; the disposal, the residue lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const licence = w.licence({ id: 'RT-DSP-DS-2024', party: r.miner.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-bayan-obo'] } });
    const dam = w.facility({ id: 'dam-dongshan-tailings', party: r.miner.id, kind: 'disposal-site', nameZh: '东山尾矿库', nameEn: 'Dongshan tailings dam', region: '150206', licence });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.miner, undefined, 'back-haul in returning concentrate wagons'),
    ]);
    w.record(r.miner, at('2025-07-07', '10:00'), [
      s.receive(r.miner, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.dispose(r.miner, 'dsp-2506-res', at('2025-06-27'), june.residue, residue.massGrams, 'tailings-storage', dam),
    ]);
    return {
      world: w,
      find: { events: [r.miner.event('dsp-2506-res')], lots: [june.residue], parties: [r.miner.id, r.separator.id] },
    };
  },
});
