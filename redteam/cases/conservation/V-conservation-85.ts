// Estimates (not in DOMAIN.md): 1–2 % samarium evaporation in an ordinary campaign.
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smcoChain } from '../../lib/round10.ts';

export default defineCase({
  id: 'V-conservation-85',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'An Sm2Co17 campaign "loses" 18 % of its samarium to evaporation, some nine times what a sintering furnace boils off',
  does: 'The Ningbo magnet maker receives 1.7 t of samarium metal from the Baotou smelter (reduced from Longnan Sm2O3, received 2025-07-25) and on 08-05 books a Sm2Co17 campaign in which 3 % of the samarium goes to grinding scrap, 79 % into the magnets and 18 % "evaporated in melting and sintering". Makers weigh in a little excess samarium for the one or two per cent that boils off (an estimate); the other 270 kg or so, a controlled metal, went in suitcases to an overseas buyer. August is reported on 09-08.',
  expect: 'A samarium loss far beyond what evaporation explains, with no lot to hold it: the campaign, the samarium metal lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    const { r } = ctx;
    smcoChain(ctx, 0.18);
    return { world: ctx.w, find: { events: [r.magnets.event('mag-2508-smco')], lots: [r.smelter.lot('MET-2507-SM')], parties: [r.magnets.id] } };
  },
});
