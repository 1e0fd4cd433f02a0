import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, reo } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-76',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Cerium precipitated as carbonate and calcined a week later: the cerium lot loses 55 % of its weight',
  does: 'The Baotou separator\'s July 2025 campaign (07-20) on the mine\'s 1,000 t of concentrate precipitates its cerium as cerium carbonate (45 % REO, the catalogue\'s grade) instead of calcining it in line, because the ceria kiln is down for relining. On 07-27 the kiln is back and the whole carbonate lot is calcined into 99 % CeO2: the lot falls from about 533 t to about 242 t as carbon dioxide and water leave, with every gram of cerium still in it. Everything else is the baseline month: residue to the licensed store on the 24th, report on 08-06.',
  expect: 'Nothing: calcination drives off carbonate and water, not rare earths; the cerium going in is the cerium coming out.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feed = s.share(july.feed, july.shippedGrams);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const plan = separate(feed, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    const outputs = plan.outputs.map((lot) => lot.product === 'oxide-ce'
      ? { id: 'SEP-2507-CECO3', product: 'salt-ce-carbonate', massGrams: Math.ceil(reo(lot.composition!) / 0.45), composition: lot.composition! }
      : lot);
    const carbonate = outputs.find((lot) => lot.id === 'SEP-2507-CECO3')!;
    const events = [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; cerium precipitated as carbonate while the ceria kiln is relined' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), plan.residue!.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ];
    const ceria = { id: 'SEP-2507-CE', product: 'oxide-ce', massGrams: oxideMass(carbonate.composition!, 0.99), composition: { ...carbonate.composition! } };
    events.push(s.process(r.separator, 'cal-2507-ce', at('2025-07-27'), [{ lot: carbonate.id, massGrams: carbonate.massGrams }], [ceria], { facility: r.separationPlant, note: 'rotary kiln calcination at 900 °C: CO2 and water driven off' }));
    w.record(r.separator, reportTime('2025-07', 6), events);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(plan.residue!.id), residueGrams, '2507');
    return { world: w, find: {} };
  },
});
