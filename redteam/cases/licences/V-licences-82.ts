import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, reportTime } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

const BASTNAESITE_SCOPE = [
  'concentrate-bayan-obo', 'concentrate-mianning', 'mixed-carbonate-light', 'mixed-chloride-light',
  'oxide-ndpr', 'oxide-la', 'oxide-ce', 'mixed-oxide-smeugd', 'mixed-oxide-heavy', 'slag-water-leach-residue',
];

export default defineCase({
  id: 'V-licences-82',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A separator licensed for bastnaesite feeds cracks 200 t of imported monazite',
  does: 'The Baotou separator\'s licence is written for the acid-roasting of bastnaesite-type concentrate (Bayan Obo and Sichuan) and its products; monazite, a thorium phosphate, needs a caustic-cracking line and a radiation licence it does not hold. Monazite sells at a discount, so in July it imports 200 t from Madagascar (07-02) and runs it through its line on 07-16, inside its separation quota; the thorium-bearing cracking residue goes to the licensed store on 07-24. Everyone reports on time.',
  expect: 'A separation of a feed, and a residue, outside the products the licence names: the campaign, the monazite lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.separationLicence, { scope: { products: BASTNAESITE_SCOPE } });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(200);
    const feed = { id: 'IMP-2507-MZ', product: 'concentrate-monazite', massGrams: grams };
    const imported = s.import(r.separator, 'imp-2507-mz', at('2025-07-02'), feed, 'MG', '530120250700018846');
    // Caustic-crack residue of monazite: about 0.4 t a tonne of concentrate (an estimate).
    const plan = separate(s.lot(r.separator.lot(feed.id)).composition, 'SEP-2507MZ', { residue: { product: 'slag-monazite-residue', massGrams: tonnes(80) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime('2025-07', 6), [
      imported,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-16'), [{ lot: feed.id, massGrams: grams }], plan.outputs, { facility: r.separationPlant, note: 'monazite campaign' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue drums'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-mz')], lots: [r.separator.lot(feed.id)], parties: [r.separator.id] },
    };
  },
});
