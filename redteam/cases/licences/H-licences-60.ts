import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-60',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A metal smelter merged into a group company: its stock handed over, its licence surrendered, the company deregistered',
  does: 'In July 2025 the Beijiang group merges its Kundulun metal smelter into a new group metals company, which holds a metal-smelting licence of its own from 2025-07-15 for the same electrolysis hall, registered as its own plant. On 07-15 the old smelter transfers its remaining NdPr metal (about 29 t) to the new company, which receives it on 07-16; the old smelter\'s licence ends on 07-31 and the company is deregistered from 08-15, after filing its July report on 08-05. In August the new company buys 30 t of NdPr oxide from the separator (shipped 08-04, received 08-05), smelts it on 08-12 at 97 %, and ships 20 t of metal to the Ningbo magnet maker (08-20, received 08-21). Everyone reports by the 8th.',
  expect: 'Nothing: every act is by a party active and licensed at its time; a transfer of stock to a licensed successor is a shipment and a receipt like any other, and a company deregistered after its last report owes no more.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.amendLicence('RT-MET-BS-2024', { validTo: '2025-07-31' });
    w.amendParty(r.smelter, { status: 'deregistered', since: '2025-08-15T00:00:00+08:00' });
    const successor = w.party('smelter-2', { kind: 'enterprise', roles: ['metal-smelter'], nameZh: '北疆稀土金属材料有限公司', nameEn: 'Beijiang Rare Earth Metal Materials Co.', region: '150200', group: r.group.id });
    const licence = w.licence({ id: 'RT-MET-BJ-2025', party: successor.id, activity: 'metal-smelting', validFrom: '2025-07-15', validTo: '2028-07-14', capacityTonnesReo: 5_000 });
    const plant = w.facility({ id: 'plant-kundulun-metal-bj', party: successor.id, kind: 'plant', nameZh: '昆区金属厂（北疆金属）', nameEn: 'Kundulun metal plant (Beijiang Metals)', region: '150203', licence });
    const stock = s.lot(june.metal).massGrams;
    w.record(r.smelter, at('2025-08-05', '10:00'), [s.ship(r.smelter, 'shp-2507-xfer', at('2025-07-15'), 'MET-2506-01', stock, successor, undefined, 'merger: stock transferred to Beijiang Metals')]);
    const oxideGrams = tonnes(30);
    w.record(r.separator, at('2025-08-05', '11:00'), [s.ship(r.separator, 'shp-2508-ndpr', at('2025-08-04'), 'SEP-2506-NDPR', oxideGrams, successor, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(successor, at('2025-08-06', '10:00'), [s.receive(successor, 'rcv-2507-xfer', at('2025-07-16'), june.metal, stock)]);
    const metal = smelt(s.share(oxide, oxideGrams), 'BJM-2508-01', 'metal-ndpr');
    w.record(successor, at('2025-09-05', '10:00'), [
      s.receive(successor, 'rcv-2508-ndpr', at('2025-08-05'), oxide, oxideGrams),
      s.process(successor, 'met-2508-01', at('2025-08-12'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: plant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(successor, 'shp-2508-met', at('2025-08-20'), metal.id, tonnes(20), r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, at('2025-09-08', '10:00'), [s.receive(r.magnets, 'rcv-2508-met', at('2025-08-21'), successor.lot(`${metal.id}-S1`), tonnes(20))]);
    return { world: w, find: {} };
  },
});
