import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-41',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A residue train held eight days by a washed-out line, received and stored in July',
  does: 'The separator ships its June 2025 water-leach residue, 450 t in sealed wagons, to the licensed residue store on 06-27. A storm washes out the branch line near Shiguai that night and the train waits at a sidings under guard until the line reopens; the store receives the 450 t on 07-05 and places them in its cells on 07-06. The separator reports the shipment with June on 07-06, the store the receipt and the storage with July on 08-07.',
  expect: 'Nothing: eight days in transit for a washed-out line, across a month end, with the residue stored the day after it arrived, all by a licensed store at its licensed site and reported in the right months.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-27'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue wagons, train 61'),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-05'), june.residue, residue.massGrams, 'train 61, held at Shiguai sidings 06-28 to 07-04 by the washout'),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-06'), june.residue, residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
