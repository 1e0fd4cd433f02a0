// Estimates (not in DOMAIN.md): the lamp-phosphor mix (the catalogue's typical fractions); 90 % leach recovery, residue 0.8 t per t.
import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleCollected } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-identity-84',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Waste lamp phosphor" that carries 4 % dysprosium, an element no lamp phosphor contains',
  does: 'The Ganzhou recycler collects 20 t of "phosphor powder from scrapped fluorescent tubes" from a Foshan lamp dismantler on 2025-07-03. Besides the yttrium, europium, terbium, lanthanum and cerium of tri-band phosphor, the lot as booked holds 800 kg of dysprosium: dysprosium oxide from the back door of a heavy separator, stirred into real lamp powder so that it comes out of the recycler\'s solvent extraction on 07-12 as "recycled" heavy rare earth oxide. The leach residue goes to the licensed store. July is reported on 08-06.',
  expect: 'Post-consumer scrap carrying an element its product cannot hold (red, green and blue lamp phosphors hold Y, Eu, Tb, La, Ce, Gd, no Dy): the collection, the lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    const composition = { Y: tonnes(2), La: tonnes(0.4), Ce: tonnes(0.3), Eu: tonnes(0.14), Tb: tonnes(0.12), Dy: tonnes(0.8) };
    const { collected } = recycleCollected(ctx, { id: 'LP-2507-01', product: 'eol-lamp-phosphor', massGrams: grams, composition }, { name: '佛山南海灯具拆解有限公司 (Foshan Nanhai Lamp Dismantling Co.)' }, '2507-lp', { recovery: 0.9, residueShare: 0.8 });
    return { world: w, find: { events: [r.recycler.event('col-2507-lp')], lots: [collected], parties: [r.recycler.id] } };
  },
});
