import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-82',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Myanmar high-yttrium ionic concentrate re-exported unseparated to Japan as a "mineral product", without a licence',
  does: 'The Longnan separator imports 100 t of high-yttrium ionic concentrate from Myanmar on 07-02 (a precipitated and calcined mixed oxide, 92 % REO, two thirds of it yttrium oxide, 7.5 % dysprosium oxide). It sells 40 t of it unseparated to the Shanghai exporter (shipped 07-08, received 07-09), which exports it on 07-18 to a Japanese separator with no licence, declared as a rare earth concentrate: the dual-use control names compounds, oxides and metals, and the exporter argues an ore concentrate is none of them. Everyone reports on time.',
  expect: 'A mixed rare earth oxide carrying yttrium and dysprosium (about 23 t and 2.7 t of oxide) exported without a licence: its label is a concentrate, but what it carries is controlled. The export, the lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const feed = { id: 'MM-2507-01', product: 'concentrate-ionic-high-y', massGrams: tonnes(100) };
    const sold = tonnes(40);
    w.record(south.southSeparator, reportTime('2025-07', 6), [
      s.import(south.southSeparator, 'imp-2507-01', at('2025-07-02'), feed, 'MM', '530620250700017788'),
      s.ship(south.southSeparator, 'shp-2507-mm', at('2025-07-08'), feed.id, sold, r.exporter, 'MM-2507-01-X1'),
    ]);
    const lot = south.southSeparator.lot('MM-2507-01-X1');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-mm', at('2025-07-09', '16:00'), lot, sold),
      s.export(r.exporter, 'exp-2507-mm', at('2025-07-18'), lot, sold, 'JP', { customsDeclaration: '220120250700046610', note: 'ionic rare earth concentrate, mineral product' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2507-mm')], lots: [lot], parties: [r.exporter.id] } };
  },
});
