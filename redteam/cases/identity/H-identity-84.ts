// Estimates (not in DOMAIN.md): about 1 % Gd from CBT green phosphor; 90 % leach recovery, residue 0.8 t per t.
import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleCollected } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-identity-84',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Waste lamp phosphor that carries gadolinium from a borate green phosphor',
  does: 'The Ganzhou recycler collects 20 t of phosphor powder from scrapped tri-band tubes from a Foshan lamp dismantler on 2025-07-03. Part of the tubes came from a maker that used the cerium–gadolinium–terbium magnesium borate green (CBT) instead of LaPO4:Ce,Tb, so besides the usual yttrium, europium, terbium, lanthanum and cerium the powder holds about 1 % gadolinium (an estimate). The recycler leaches it on 07-12 at 90 % and sends the leach residue to the licensed store. July is reported on 08-06.',
  expect: 'Nothing: gadolinium is a host element of a common lamp green; the scrap fits its product.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    const composition = { Y: tonnes(1.9), La: tonnes(0.3), Ce: tonnes(0.35), Eu: tonnes(0.13), Tb: tonnes(0.13), Gd: tonnes(0.2) };
    recycleCollected(ctx, { id: 'LP-2507-01', product: 'eol-lamp-phosphor', massGrams: grams, composition }, { name: '佛山南海灯具拆解有限公司 (Foshan Nanhai Lamp Dismantling Co.)' }, '2507-lp', { recovery: 0.9, residueShare: 0.8 });
    return { world: w, find: {} };
  },
});
