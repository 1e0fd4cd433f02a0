import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyTo } from '../../lib/round20.ts';
import { landfillResidue, recycleScrap } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-identity-44',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Swarf from a terbium grain-boundary-diffusion line, 1.3 % of its rare earths terbium, sold to the Ganzhou recycler',
  does: 'The Ningbo magnet maker buys 300 kg of terbium oxide from the Longnan separator in July 2025 and on 07-24 makes high-coercivity magnets of June\'s 20 t of NdPr metal with terbium diffused at the grain boundaries. The grinding swarf carries terbium in the magnets\' own proportion, about 1.3 % of its rare earths; it goes to the Ganzhou recycler, which leaches it and recovers a heavy-RE oxide besides its NdPr oxide.',
  expect: 'Nothing: terbium in swarf at the share of a diffused magnet, sent to a licensed recycler in the country.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const tbGrams = tonnes(0.3);
    const { lot: tb } = heavyTo(ctx, 'oxide-tb', tbGrams, r.magnets, 'tb2507');
    const feed = add(s.lot(june.metalShipment).composition, s.lot(tb).composition);
    const { magnets, swarf } = sinter(feed, '2507-GBD', 'magnet-ndfeb-sintered-high-coercivity');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'mag-2507-gbd', at('2025-07-24'), [{ lot: june.metalShipment, massGrams: tonnes(20) }, { lot: tb, massGrams: tbGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'sintering, Tb grain-boundary diffusion, grinding' }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-28'), swarf.id, swarf.massGrams, r.recycler),
    ]);
    const scrap = r.magnets.lot(swarf.id);
    const rec = recycleScrap(ctx, 'r2508', scrap, swarf.massGrams, at('2025-08-06'), at('2025-08-12'));
    w.record(r.recycler, at('2025-09-05', '10:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-30'), scrap, swarf.massGrams), ...rec.events]);
    landfillResidue(ctx, 'r2508', rec.residue, rec.residueGrams, '2025-08-13', '2025-08-15', at('2025-09-07', '11:00'));
    return { world: w, find: {} };
  },
});
