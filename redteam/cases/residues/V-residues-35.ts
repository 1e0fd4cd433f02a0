// Law not in shared/DOMAIN.md: the Law on the Prevention and Control of Radioactive Pollution forbids
// bringing radioactive waste into China, and solid waste imports have been banned since 2021.
// Estimates: the catalogue's water-leach residue composition; the fee is illustrative.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { guangxi, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-residues-35',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Hezhou residue store imports 3,000 t of a Malaysian separator\'s thorium-bearing leach residue and places it for a fee',
  does: 'The Hezhou radioactive residue store is licensed to store the acid-roasting and monazite residues of Chinese separators. A separator in Malaysia, whose own government will not let it keep its thorium-bearing water-leach residue, pays ¥600 a tonne to be rid of it. The store, registered also as an importer, declares 3,000 t of "iron-rich leach residue for storage" through Fangchenggang on 2025-08-06 and on 08-12 places it in its licensed cell, entering both in the ledger as what they are: an import from Malaysia of water-leach residue, and its storage. August is reported on 09-05.',
  expect: 'Radioactive waste brought into the country and placed in a domestic store: the import, the residue lot, its placement and the store.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const gx = guangxi(ctx, { storeRoles: ['disposer', 'importer'] });
    const grams = tonnes(3_000);
    w.record(gx.store, on('2025-09-05'), [
      s.import(gx.store, 'imp-2508-01', at('2025-08-06', '09:30'), { id: 'MY-2508-RES', product: 'slag-water-leach-residue', massGrams: grams }, 'MY', '721420250800006621'),
      s.dispose(gx.store, 'dsp-2508-01', at('2025-08-12'), 'MY-2508-RES', grams, 'radioactive-waste-storage', gx.storeSite),
    ]);
    return {
      world: w,
      find: {
        parties: [gx.store.id],
        events: [gx.store.event('imp-2508-01'), gx.store.event('dsp-2508-01')],
        lots: [gx.store.lot('MY-2508-RES')],
      },
    };
  },
});
