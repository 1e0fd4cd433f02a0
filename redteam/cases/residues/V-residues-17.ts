// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): a fluoride cell line puts
// some 2–3 % of its rare earths into slag; here the smelter books 13 % of them as slag at the
// catalogue's 33 % grade.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { electrolysis, hohhotSmelter, on, sale } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-residues-17',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Hohhot metal smelter books 13 % of a campaign\'s rare earths as 13 t of electrolysis slag and "buries" it in its own slag yard',
  does: 'A Hohhot metal smelter of the Northern group reduces 40 t of NdPr oxide bought from the Baotou separator (received 2025-07-03) on 07-15. It books 84 % of the rare earths as metal and 13 % as 13 t of fluoride electrolysis slag, five times what its cells leave. On 07-20 it books the slag as landfilled at its own plant, in the slag yard behind the cell house, which is no disposal site and holds no licence; the "slag" was 4.4 t of metal cast into ingots and sold for cash. It reports July on 08-07.',
  expect: 'Rare earth-rich slag, a recycling feed, disposed of by the smelter itself outside any licensed site, a tenth of the campaign\'s rare earths in it: the disposal, the slag lot, the campaign and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotSmelter(ctx);
    const oxideGrams = tonnes(40);
    const oxide = sale(ctx, r.separator, hh.party, {
      lot: r.separator.lot('SEP-2506-NDPR'), grams: oxideGrams, tag: 'r28-hh', shipAt: at('2025-07-02'), receiveAt: at('2025-07-03', '09:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07', '09:00'), note: 'NdPr oxide in 1 t bags, by road to Hohhot',
    });
    const run = electrolysis(ctx, hh, 'met-2507-01', at('2025-07-15'), oxide, oxideGrams, 'HH-2507-01', { intoMetal: 0.84, intoSlag: 0.13 });
    const slag = run.slag!;
    w.record(hh.party, on('2025-08-07'), [
      run.event,
      { ...s.dispose(hh.party, 'dsp-2507-slag', at('2025-07-20'), slag.id, slag.massGrams, 'landfill', hh.plant), note: 'slag yard behind the cell house' },
    ]);
    return {
      world: w,
      find: { parties: [hh.party.id], lots: [hh.party.lot(slag.id)], events: [hh.party.event('dsp-2507-slag'), hh.party.event('met-2507-01')] },
    };
  },
});
