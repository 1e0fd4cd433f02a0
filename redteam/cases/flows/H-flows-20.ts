import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-20',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Defective magnets returned from Germany and sent for recycling',
  does: 'The Ningbo magnet maker, registered also as an exporter and importer, exports its July sintered NdFeB magnets to a German motor maker on 2025-07-28. In September the customer rejects 3 t for a failed nickel coating (salt-spray test); the maker re-imports them on 2025-09-22 as returned goods under a returned-goods customs declaration citing the original export and the claim, and on 10-10 ships them to the Ganzhou recycler as scrap.',
  expect: 'Nothing: a re-import of a small part of an export, by the exporter, two months later, declared as returned goods with the claim, and sent to recycling rather than sold again as new.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter', 'importer'] });
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    const made = s.process(r.magnets, 'mag-2507-01', at('2025-07-10'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant });
    const returnedGrams = tonnes(3);
    const returnedComposition = s.share(r.magnets.lot(magnets.id), returnedGrams);
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      made,
      s.export(r.magnets, 'exp-2507-01', at('2025-07-28'), magnets.id, magnets.massGrams, 'DE', { customsDeclaration: '310120250700031166' }),
    ]);
    const returned = { id: 'RET-2509-DE1', product: 'magnet-ndfeb-sintered', massGrams: returnedGrams, composition: returnedComposition };
    w.record(r.magnets, at('2025-10-08', '10:00'), [
      { ...s.import(r.magnets, 'imp-2509-ret', at('2025-09-22'), returned, 'DE', '310120250900061290'), note: 'returned goods (退运货物) of export 310120250700031166: customer claim RC-2025-0917, Ni coating failed salt-spray test' },
    ]);
    w.record(r.magnets, at('2025-11-06', '10:00'), [s.ship(r.magnets, 'shp-2510-ret', at('2025-10-10'), returned.id, returnedGrams, r.recycler, undefined, 'rejected magnets for recycling')]);
    w.record(r.recycler, at('2025-11-07', '10:00'), [s.receive(r.recycler, 'rcv-2510-ret', at('2025-10-12'), r.magnets.lot(returned.id), returnedGrams)]);
    return { world: w, find: {} };
  },
});
