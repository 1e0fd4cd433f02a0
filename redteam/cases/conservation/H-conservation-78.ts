import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-conservation-78',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Sintered magnets nickel-plated in-house: the magnet lot comes out of the plating line 1.5 % heavier',
  does: 'The Ningbo magnet maker sinters the 20 t of NdPr metal it received in June into magnets and swarf on 2025-07-04. Magnets for traction motors must be corrosion-proofed, so on 07-10 the whole magnet lot goes through its Ni–Cu–Ni electroplating line: the plated lot weighs about 1.5 % more (the nickel and copper coating, an estimate for a 15–20 µm layer on small segments), with the same rare earths. It delivers the plated magnets to a motor maker on 07-20 and ships its swarf to the Ganzhou recycler on 07-22 (received 07-24).',
  expect: 'Nothing: the mass gained is metal plating, not rare earths; the elements going into the plating line come out of it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.share(june.metalShipment, tonnes(20)), '2507');
    const sinterEvent = s.process(r.magnets, 'sin-2507-01', at('2025-07-04'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering' });
    const plated = { id: 'MG-2507-NI', product: 'magnet-ndfeb-sintered', massGrams: Math.round(magnets.massGrams * 1.015), composition: { ...magnets.composition! } };
    const customer = { name: '宁波北仑精诚电机有限公司 (Ningbo Beilun Jingcheng Motor Co.)', id: customerCode('4NQ7TB2K', '330200') };
    w.record(r.magnets, reportTime('2025-07', 6), [
      sinterEvent,
      s.process(r.magnets, 'pla-2507-01', at('2025-07-10'), [{ lot: magnets.id, massGrams: magnets.massGrams }], [plated], { facility: r.magnetPlant, note: 'Ni–Cu–Ni electroplating; the coating adds about 1.5 % to the weight (estimate), no rare earths' }),
      deliver('dlv-2507-01', at('2025-07-20'), plated.id, plated.massGrams, customer, 'motors', 'JC-2025-0711', 'plated segments for traction motors'),
      s.ship(r.magnets, 'shp-2507-swf', at('2025-07-22'), swarf.id, swarf.massGrams, r.recycler, undefined, 'sealed drums under water'),
    ]);
    w.record(r.recycler, reportTime('2025-07', 7), [
      s.receive(r.recycler, 'rcv-2507-swf', at('2025-07-24'), r.magnets.lot(swarf.id), swarf.massGrams),
    ]);
    return { world: w, find: {} };
  },
});
