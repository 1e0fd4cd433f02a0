import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-95',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A separator that also holds a metal-smelting licence reduces its own NdPr oxide in its licensed electrolysis hall',
  does: 'The Baotou separator is designated for metal smelting as well as separation: it holds a metal-smelting licence for a 1,000 t REO electrolysis hall registered as a plant of its own, next to the separation plant. On 2025-07-15 it reduces 30 t of its June NdPr oxide there at 97 % and on 07-20 ships 20 t of metal to the Ningbo magnet maker (received 07-21).',
  expect: 'Nothing: an integrated separator-smelter reducing its oxide in the hall its metal-smelting licence covers.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % oxide-to-metal yield (refining.ts).
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.amendParty(r.separator, { roles: ['separator', 'metal-smelter'] });
    const licence = w.licence({ id: 'RT-MET-JY-2024', party: r.separator.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 1_000 });
    const hall = w.facility({ id: 'plant-jiuyuan-metal', party: r.separator.id, kind: 'plant', nameZh: '九原金属电解车间', nameEn: 'Jiuyuan electrolysis hall', region: '150207', licence });
    const local = june.ndprOxide.split(':')[1]!;
    const grams = tonnes(30);
    const metal = smelt(s.share(june.ndprOxide, grams), 'SEPM-2507-01', 'metal-ndpr');
    const sold = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'met-2507-01', at('2025-07-15'), [{ lot: local, massGrams: grams }], [metal], { facility: hall, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.separator, 'shp-2507-met', at('2025-07-20'), metal.id, sold, r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-sepm', at('2025-07-21'), r.separator.lot(`${metal.id}-S1`), sold)]);
    return { world: w, find: {} };
  },
});
