import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { cappedResidue } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-67',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Two-stage separation, each stage above the 88 % overall floor: 97 % to mixed chloride, then 89 % to oxides, 11 % of the chloride gone',
  does: 'The Baotou separator receives 1,000 t of July concentrate (2025-07-11) and books it in two stages. On 07-18 it roasts and leaches it into mixed rare earth chloride at 97 %, with 450 t of water-leach residue that goes to the licensed store. On 07-26 it runs the chloride through the solvent-extraction cascade and books oxides holding only 89 % of the chloride\'s rare earths, with no raffinate, residue or loss lot. The law\'s floor for mixed to separated products is 96 %; each stage clears the 88 % a whole separation must, but the two together recover 86 %. The missing 11 % (about 53 t REO of chloride) is sold as chloride for cash. Reported on 6 August.',
  expect: 'A separation stage far below its recovery norm whose missing rare earths are in no lot: the cascade run, the chloride lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feedComp = s.share(feed, shippedGrams);
    const chloride = scale(feedComp, 0.97);
    const residueGrams = residueGramsFor(shippedGrams);
    const residueComp = cappedResidue('slag-water-leach-residue', residueGrams, subtract(feedComp, chloride));
    const chlorideGrams = Math.ceil(oxideMass(chloride, 0.45));
    const stage2 = separate(chloride, 'SEP-2507', { recovery: 0.89 });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'rst-2507-01', at('2025-07-18'), [{ lot: feed, massGrams: shippedGrams }], [
        { id: 'MIX-2507-01', product: 'mixed-chloride-light', massGrams: chlorideGrams, composition: chloride },
        { id: 'SEP-2507-RES', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: residueComp },
      ], { facility: r.separationPlant, note: 'acid roasting, water leach, neutralisation: mixed chloride solution' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
      s.process(r.separator, 'sx-2507-01', at('2025-07-26'), [{ lot: 'MIX-2507-01', massGrams: chlorideGrams }], stage2.outputs, { facility: r.separationPlant, note: 'solvent extraction and oxalate precipitation' }),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('SEP-2507-RES'), residueGrams, '2507');
    return { world: w, find: { events: [r.separator.event('sx-2507-01')], lots: [r.separator.lot('MIX-2507-01')], parties: [r.separator.id] } };
  },
});
