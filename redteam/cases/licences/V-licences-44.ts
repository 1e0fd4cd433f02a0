import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-44',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'The Ningbo magnet maker reduces 30 t of NdPr oxide to metal in its own electrolysis cells, with no metal-smelting licence',
  does: 'The magnet maker buys 30 t of NdPr oxide from the Baotou separator (shipped 2025-07-05, received 07-07) and, to save the smelter\'s margin, reduces it on 07-16 in six fluoride electrolysis cells it installed in its Beilun plant, at an ordinary 97 % yield. Metal smelting is one of the activities the regulations reserve for designated enterprises; the magnet maker holds no licence for it.',
  expect: 'Metal smelting by a party with no metal-smelting licence; the reduction, the metal lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-mg', at('2025-07-05'), june.ndprOxide, grams, r.magnets, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const metal = smelt(s.share(oxide, grams), 'MET-NB-2507', 'metal-ndpr');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-ox', at('2025-07-07'), oxide, grams),
      s.process(r.magnets, 'met-2507-nb', at('2025-07-16'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.magnetPlant, note: 'fluoride molten-salt electrolysis, six cells' }),
    ]);
    return { world: w, find: { events: [r.magnets.event('met-2507-nb')], lots: [r.magnets.lot('MET-NB-2507')], parties: [r.magnets.id] } };
  },
});
