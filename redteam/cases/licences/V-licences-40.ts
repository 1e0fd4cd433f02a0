import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-40',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A spun-off metals company runs the old electrolysis hall on its parent\'s licence',
  does: 'On 2025-07-01 the Baotou metal smelter spins its second electrolysis hall off into a new company, Baotou Kundulun New Materials, a separate legal person with its own credit code, to bring in an outside investor. The new company registers the hall as its own plant, with no licence against it, and rather than wait months for a metal-smelting licence of its own it runs the hall on the parent\'s licence RT-MET-BS-2024, which it quotes on every batch record: "the licence covers the hall, the site has not changed". It buys 30 t of NdPr oxide from the separator on 07-03, electrolyses it on 07-12 (24.5 t of metal at 97 %) and sells 20 t to the Ningbo magnet maker on 07-18. Everyone reports July on time.',
  expect: 'Metal smelting by a party that holds no metal-smelting licence, at a plant with none: the licence it quotes belongs to another company; the electrolysis, the metal lot and the new company.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const spinoff = w.party('kundulun-new', { kind: 'enterprise', roles: ['metal-smelter'], nameZh: '包头昆都仑稀土新材料有限公司', nameEn: 'Baotou Kundulun Rare Earth New Materials Co.', region: '150203', group: r.group.id });
    const hall = w.facility({ id: 'plant-kundulun-hall-2', party: spinoff.id, kind: 'plant', nameZh: '昆都仑二号电解车间', nameEn: 'Kundulun electrolysis hall 2', region: '150203' });
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-kd', at('2025-07-03'), 'SEP-2506-NDPR', grams, spinoff, 'SEP-2506-NDPR-KD')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-KD');
    const metal = smelt(s.share(oxide, grams), 'KD-2507-MET', 'metal-ndpr');
    w.record(spinoff, at('2025-08-07', '10:00'), [
      s.receive(spinoff, 'rcv-2507-kd', at('2025-07-04'), oxide, grams),
      s.process(spinoff, 'met-2507-kd', at('2025-07-12'), [{ lot: oxide, massGrams: grams }], [metal], { facility: hall, note: 'fluoride molten-salt electrolysis, hall 2 (operated under licence RT-MET-BS-2024)' }),
      s.ship(spinoff, 'shp-2507-kd-met', at('2025-07-18'), metal.id, tonnes(20), r.magnets, 'KD-2507-MET-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-kd-met', at('2025-07-19'), spinoff.lot('KD-2507-MET-S1'), tonnes(20))]);
    return {
      world: w,
      find: { events: [spinoff.event('met-2507-kd')], lots: [spinoff.lot(metal.id)], parties: [spinoff.id] },
    };
  },
});
