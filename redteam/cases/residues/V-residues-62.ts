import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-62',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing leach residue exported to Vietnam as "iron-rich slag for sintering"',
  does: 'A Vietnamese sinter plant will take iron-rich slag for its burden and pay a little for it; the licensed store charges for every tonne. In July 2025 the Baotou separator separates 1,000 t of concentrate and, instead of sending its 450 t of water-leach residue to the store, sells it on 07-24 to the Shanghai trading house (received 07-26), which exports it on 07-30 through Fangchenggang to Vietnam, declared under its own product code as slag. Radioactive waste may not leave the country for a sinter plant, and never reaches a licensed disposer. Everyone reports July by the 8th of August.',
  expect: 'A radioactive residue that leaves the chain by export instead of licensed disposal; the export, the residue lot, and the shipment that sent it to the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separateShipment(ctx, '2025-07', july.feed, july.shippedGrams, '2507', { disposal: false });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.exporter, undefined, 'iron-rich slag, bulk trucks to Shanghai')]);
    const lot = r.separator.lot(residue.id);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-res', at('2025-07-26'), lot, residue.massGrams),
      s.export(r.exporter, 'exp-2507-res', at('2025-07-30'), lot, residue.massGrams, 'VN', { customsDeclaration: '720620250700011532', note: 'iron-rich slag for sintering' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2507-res'), r.separator.event('shp-2507-res')], lots: [lot] },
    };
  },
});
