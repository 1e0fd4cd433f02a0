import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { separate, smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separationMonths } from '../../lib/round19.ts';

export default defineCase({
  id: 'V-time-53',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A December separation campaign stamped 3 January, when its NdPr oxide had left for the smelter on 22 December',
  does: 'The Baotou separator has separated 9,500 t REO of its 10,000 t 2025 allocation by the end of November (June, and two 9,000 t campaigns in October and November). It receives another 1,600 t of Bayan Obo concentrate (800 t REO) on 2025-12-11, runs it before Christmas and ships 40 t of the NdPr oxide to the metal smelter on 12-22, which receives it the next day. In its report filed on 2026-01-06 it dates the campaign 2026-01-03, so that the 800 t REO count against 2026: 300 t REO over the 2025 allocation vanish. The campaign\'s own oxide was shipped twelve days before the campaign that made it.',
  expect: 'A separation dated after the shipment of its own output, moving a campaign out of a spent quota year: the process event, the NdPr shipment and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    separationMonths(ctx, ['2025-10', '2025-11'], 9_000);
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-12', { tag: '2512', minedTonnes: 1_600, shippedTonnes: 1_600 });
    const plan = separate(s.share(feed, shippedGrams), 'SEP-2512', { residue: { product: 'slag-water-leach-residue', massGrams: Math.round(shippedGrams * 0.45) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const residue = plan.residue!;
    const oxideGrams = tonnes(40);
    w.record(r.separator, at('2026-01-06', '10:00'), [
      s.receive(r.separator, 'rcv-2512-01', at('2025-12-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2512-01', at('2026-01-03'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2512-ndpr', at('2025-12-22'), ndpr.id, oxideGrams, r.smelter, `${ndpr.id}-S1`),
    ]);
    w.record(r.separator, at('2026-02-05', '10:00'), [s.ship(r.separator, 'shp-2601-res', at('2026-01-20'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const oxide = r.separator.lot(`${ndpr.id}-S1`);
    const metal = smelt(s.share(oxide, oxideGrams), 'MET-2512-01', 'metal-ndpr');
    w.record(r.smelter, at('2026-01-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2512-ndpr', at('2025-12-23'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2512-01', at('2025-12-27'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
    ]);
    receiveAndDispose(ctx, '2026-01', r.separator.lot(residue.id), residue.massGrams, '2601');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2512-01'), r.separator.event('shp-2512-ndpr')], lots: [r.separator.lot(ndpr.id)], parties: [r.separator.id] },
    };
  },
});
