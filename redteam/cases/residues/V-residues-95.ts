import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-95',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed store books a 120 t "weighbridge surplus" on a separator\'s residue lot: an illegal workshop\'s residue placed under its name',
  does: 'The Baotou separator ships June\'s 450 t of water-leach residue to the licensed store on 2025-06-24; the store receives the 450 t on 06-25. On 06-26 the store books a positive adjustment of 120 t on the lot, "weighbridge re-weigh: plant scale reads low", with the residue\'s composition, and on 06-27 places 570 t. The 120 t are thorium-bearing residue trucked in at night from an unlicensed acid-roasting workshop in the Jiuyuan district, for cash; in the books they become the licensed separator\'s.',
  expect: 'Residue that appears at the store from no campaign: a 27 % "surplus" on a weighed lot, placed with it. The adjustment, the residue lot and the store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const res = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), res.id, res.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const extra = tonnes(120);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, res.massGrams),
      s.adjust(r.disposer, 'adj-2506-res', at('2025-06-26'), june.residue, extra, 'weighbridge re-weigh at the store: the plant scale reads low', { ...typical('slag-water-leach-residue', extra) }),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, res.massGrams + extra, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return {
      world: w,
      find: { events: [r.disposer.event('adj-2506-res')], lots: [june.residue], parties: [r.disposer.id] },
    };
  },
});
