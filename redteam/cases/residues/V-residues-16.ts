// Figures as the baseline's (chain.ts): 0.45 t of thorium-bearing water-leach residue per t of feed.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { blockWorks, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-residues-16',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Baotou separator sends July\'s 450 t of thorium-bearing water-leach residue to a Donghe block works, which tips it into its aerated-concrete mix',
  does: 'The store\'s fees having gone up, the Baotou separator ships July\'s 450 t of water-leach residue on 2025-07-24 not to the licensed residue store but to a building-materials company in Donghe district, registered as a final user and holding no disposal licence, which takes it for nothing. The block works receives it on 07-25 and on 07-28 books it as disposed of at its own plant, "used as aggregate in aerated concrete blocks". The separator reports July on 08-06, the block works on 08-07.',
  expect: 'Thorium-bearing residue sent to, and disposed of by, a party with no disposal licence at a plant that is no disposal site: the shipment, the residue lot, the disposal and the block works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = honestMonth(ctx, '2025-07', { skip: ['disposal'] });
    const bw = blockWorks(ctx);
    const grams = s.lot(july.residue).massGrams;
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', grams, bw.party, undefined, 'tipper trucks to Donghe'),
    ]);
    w.record(bw.party, on('2025-08-07', '11:00'), [
      s.receive(bw.party, 'rcv-2507-res', at('2025-07-25'), july.residue, grams),
      { ...s.dispose(bw.party, 'dsp-2507-res', at('2025-07-28'), july.residue, grams, 'other', bw.plant), note: 'used as aggregate in aerated concrete blocks' },
    ]);
    return {
      world: w,
      find: { parties: [bw.party.id], lots: [july.residue], events: [r.separator.event('shp-2507-res'), bw.party.event('dsp-2507-res')] },
    };
  },
});
