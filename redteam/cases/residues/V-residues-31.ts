import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-31',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Radioactive residue "re-drummed" every two months so that no lot grows old',
  does: 'The separator does not send June 2025\'s 450 t of thorium-bearing water-leach residue to the disposer. Instead, every two months it books a "re-drumming" of the residue at its plant (new drums, a new lot id, same 450 t): on 08-12, 10-14 and 12-12. Each lot is under two months old when it is replaced, and each re-drumming is reported on time. The residue sits in the plant yard, unlined, for eight months, and only on 2026-02-24 is it shipped to the licensed disposer, which places it in the store on 02-27.',
  expect: 'Radioactive residue held at the plant for eight months, its age hidden by re-lotting without any change in mass or composition; the re-drumming events, the residue lots and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const steps = [
      { id: 'rdm-2508-01', time: at('2025-08-12'), report: at('2025-09-05', '10:00'), from: 'SEP-2506-RES', to: 'SEP-2508-RES-R1' },
      { id: 'rdm-2510-01', time: at('2025-10-14'), report: at('2025-11-05', '10:00'), from: 'SEP-2508-RES-R1', to: 'SEP-2510-RES-R2' },
      { id: 'rdm-2512-01', time: at('2025-12-12'), report: at('2026-01-06', '10:00'), from: 'SEP-2510-RES-R2', to: 'SEP-2512-RES-R3' },
    ];
    const grams = s.lot(june.residue).massGrams;
    for (const step of steps) {
      const composition = { ...s.lot(r.separator.lot(step.from)).composition };
      w.record(r.separator, step.report, [
        s.process(r.separator, step.id, step.time, [{ lot: step.from, massGrams: grams }], [{ id: step.to, product: 'slag-water-leach-residue', massGrams: grams, composition }], { facility: r.separationPlant, note: 're-drummed: corroded drums replaced, residue repacked into new lined drums' }),
      ]);
    }
    const last = r.separator.lot('SEP-2512-RES-R3');
    w.record(r.separator, at('2026-03-05', '10:00'), [s.ship(r.separator, 'shp-2602-res', at('2026-02-24'), 'SEP-2512-RES-R3', grams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2026-03-06', '10:00'), [
      s.receive(r.disposer, 'rcv-2602-res', at('2026-02-25'), last, grams),
      s.dispose(r.disposer, 'dsp-2602-res', at('2026-02-27'), last, grams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return {
      world: w,
      find: {
        events: steps.map((step) => r.separator.event(step.id)),
        lots: [june.residue, ...steps.map((step) => r.separator.lot(step.to))],
        parties: [r.separator.id],
      },
    };
  },
});
