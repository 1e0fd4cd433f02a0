// Estimates (not in DOMAIN.md): the 1,000 t REO cut allocation; residue 0.45 t per t of feed (chain.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { setQuota } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-time-84',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A separator over its cut 2025 allocation dates its late-December campaign 2 January; the residue store received that campaign\'s residue on 30 December',
  does: 'After a penalty the group cut the Baotou separator\'s 2025 allocation to 1,000 t REO; June\'s campaign used 500 t. The mine ships it 1,200 t of concentrate (600 t REO) on 12-10, received 12-11. The plant runs it from 12-20 and sends the water-leach residue to the licensed store on 12-29, but books the separation as of 2026-01-02 08:00, the first morning after New Year\'s Day, and the residue shipment as of 01-02 10:00, both in its January report (02-06). The store, which entered its December receipts truthfully, books the residue received on 12-30 and placed on 01-05, filed once the lot existed in the ledger (02-07).',
  expect: 'A campaign dated into the new quota year whose residue the store received in the old one: the separation, its feed and residue lots, and the separator, which separated 1,100 t REO in 2025 on a 1,000 t allocation.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    setQuota(w, 'RT-Q2025-SEP-BT', 1_000);
    honestMonth(ctx, '2025-06');
    const conc = 'BC-2512-01';
    const shipped = tonnes(1_200);
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-03'), r.mine, { id: conc, product: 'concentrate-bayan-obo', massGrams: tonnes(1_400) }),
      s.ship(r.miner, 'shp-2512-01', at('2025-12-10', '14:30'), conc, shipped, r.separator, `${conc}-S1`, 'rail wagons 4471–4494'),
    ]);
    const feed = r.miner.lot(`${conc}-S1`);
    w.record(r.separator, at('2026-01-06', '10:00'), [s.receive(r.separator, 'rcv-2512-01', at('2025-12-11', '09:00'), feed, shipped)]);
    const plan = separate(s.share(feed, shipped), 'SEP-2601', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shipped) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2026-02-06', '10:00'), [
      s.process(r.separator, 'sep-2601-01', at('2026-01-02'), [{ lot: feed, massGrams: shipped }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2601-res', at('2026-01-02', '10:00'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    const resLot = r.separator.lot(residue.id);
    w.record(r.disposer, at('2026-02-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2512-res', at('2025-12-30', '15:00'), resLot, residue.massGrams, 'December receipt, entered once the separator had recorded the lot'),
      s.dispose(r.disposer, 'dsp-2601-res', at('2026-01-05'), resLot, residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: { events: [r.separator.event('sep-2601-01'), r.separator.event('shp-2601-res')], lots: [feed, resLot], parties: [r.separator.id] } };
  },
});
