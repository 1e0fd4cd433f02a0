// Estimates (not in DOMAIN.md): a whole drive under 1 % rare earths (the catalogue's eol-hdd fractions); residue 0.3 t per t.
import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleCollected } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-identity-85',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Scrapped hard drives" that hold 8 % neodymium and praseodymium, a magnet\'s share, not a whole drive\'s',
  does: 'The Ganzhou recycler collects 60 t of "end-of-life hard disk drives, whole" from a Shenzhen e-waste yard on 2025-07-03. A whole drive holds well under 1 % rare earths (its voice-coil and spindle magnets are a few grams in some 500 g, an estimate); the lot as booked holds 1.2 t of praseodymium and 3.6 t of neodymium, 8 % of its weight: 4.8 t of NdPr from NdPr metal bought off the books, booked as drives so that it leaves the recycler on 07-12 as "recycled" NdPr oxide. The leach residue goes to the licensed store; July is reported on 08-06.',
  expect: 'Post-consumer scrap ten times richer than its product can be: the collection, the lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(60);
    const composition = { Pr: tonnes(1.2), Nd: tonnes(3.6), Dy: tonnes(0.018) };
    const { collected } = recycleCollected(ctx, { id: 'HDD-2507-01', product: 'eol-hdd', massGrams: grams, composition }, { name: '深圳龙岗电子废弃物回收站 (Shenzhen Longgang E-waste Yard)' }, '2507-hdd', { recovery: 0.95, residueShare: 0.3, note: 'shredding, magnetic separation, acid leach of the magnet fraction, solvent extraction' });
    return { world: w, find: { events: [r.recycler.event('col-2507-hdd')], lots: [collected], parties: [r.recycler.id] } };
  },
});
