import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-46',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A second, unlicensed acid-roasting line at an annex works used for an extra July campaign',
  does: 'The Baotou separator has built a second roasting and extraction line at an annex works across the road, registered as its plant but never licensed or inspected (its licence names only the Jiuyuan plant). In July it receives 180 t more concentrate and runs it through the annex line on 07-20, books the products as usual and sends the residue to the licensed store.',
  expect: 'Separation at a facility that no separation licence covers: the process, the separator and the products.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    const annex = w.facility({ id: 'plant-jiuyuan-annex', party: r.separator.id, kind: 'plant', nameZh: '九原分离厂东区', nameEn: 'Jiuyuan separation works, east annex', region: '150207' });
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-10'), lots.concentrate, tonnes(180), r.separator, 'BC-2506-01-S7')]);
    const feed = r.miner.lot('BC-2506-01-S7');
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(tonnes(180)) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11'), feed, tonnes(180)),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: tonnes(180) }], plan.outputs, { facility: annex, note: 'annex line' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-25'), r.separator.lot(residue.id), residue.massGrams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-27'), r.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return {
      world: w,
      find: { parties: [r.separator.id], events: [r.separator.event('sep-2507-01')], lots: [r.separator.lot(plan.byProduct['oxide-ndpr']!.id)] },
    };
  },
});
