import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-45',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A Changshu trading company holds 300 t of concentrate five months on a price view, then sells it to the Baotou separator',
  does: 'A Changshu trading company buys 300 t of Bayan Obo concentrate from the miner (shipped 2025-07-03, received 07-06) expecting prices to rise, keeps it in a covered bonded yard with no movement through the autumn, and on 2025-12-02 sells it to the Baotou separator (received 12-04), which separates it on 12-09 and sends the residue to the licensed store.',
  expect: 'Nothing: a trader may hold stock; the concentrate reaches a licensed separator whole.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const changshu = w.party('cstrader', { kind: 'enterprise', roles: ['trader'], nameZh: '常熟兴港贸易有限公司', nameEn: 'Changshu Xinggang Trading Co.', region: '320500' });
    const june = honestMonth(ctx, '2025-06', { minedTonnes: 1_500 });
    const grams = tonnes(300);
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-cs', at('2025-07-03'), june.concentrate, grams, changshu, 'BC-2506-01-S2')]);
    const lot = r.miner.lot('BC-2506-01-S2');
    w.record(changshu, at('2025-08-08', '10:00'), [s.receive(changshu, 'rcv-2507-con', at('2025-07-06'), lot, grams)]);
    w.record(changshu, at('2026-01-06', '10:00'), [s.ship(changshu, 'shp-2512-con', at('2025-12-02'), lot, grams, r.separator)]);
    const plan = separate(s.lot(lot).composition, 'SEP-2512', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2026-01-07', '10:00'), [
      s.receive(r.separator, 'rcv-2512-con', at('2025-12-04'), lot, grams),
      s.process(r.separator, 'sep-2512-01', at('2025-12-09'), [{ lot, massGrams: grams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2512-res', at('2025-12-16'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2026-01-08', '10:00'), [
      s.receive(r.disposer, 'rcv-2512-res', at('2025-12-17'), r.separator.lot(residue.id), residue.massGrams),
      s.dispose(r.disposer, 'dsp-2512-res', at('2025-12-18'), r.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
