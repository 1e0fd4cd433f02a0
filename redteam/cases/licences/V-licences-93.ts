import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise } from '../../lib/round16.ts';

const MONTHS = ['07', '08', '09', '10', '11'];

export default defineCase({
  id: 'V-licences-93',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A separator licensed for 2,000 t REO a year separates 2,500 t REO by November on a group allocation of 4,000 t',
  does: 'A second Baotou separator of the Northern group holds a separation licence for a plant of 2,000 t REO a year. The group, which has quota to spare, allocates it 4,000 t REO for 2025, and the plant, run round the clock with a second extraction cascade added without a licence variation, separates 1,000 t of Bayan Obo concentrate (500 t REO) a month from July to November: 2,500 t REO by 11-20. Every campaign is reported on time and its residue reaches the licensed store.',
  expect: 'Separation beyond the licensed capacity, though inside the allocation: the separator, its October and November campaigns.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.45 t of water-leach residue per t of concentrate (chain.ts).
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const sep = enterprise(ctx, 'xida-separator', ['separator'], '包头希达稀土分离有限公司', 'Baotou Xida Rare Earth Separation Co.', '150200', r.group);
    const licence = w.licence({ id: 'RT-SEP-XD-2024', party: sep.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000 });
    const plant = w.facility({ id: 'plant-xida-separation', party: sep.id, kind: 'plant', nameZh: '希达分离厂', nameEn: 'Xida separation plant', region: '150207', licence });
    w.quota({ id: 'RT-Q2025-SEP-XD', year: 2025, batch: 1, holder: sep.id, activity: 'separation', oreType: 'rock', tonnesReo: 4_000, allocatedFrom: 'RT-Q2025-SEP-GROUP' });
    for (const m of MONTHS) {
      const month = `2025-${m}`;
      const tag = `25${m}`;
      const next = m === '12' ? '2026-01' : `2025-${String(Number(m) + 1).padStart(2, '0')}`;
      const { feed, shippedGrams } = mineAndShip(ctx, month, { tag, minedTonnes: 1_000, shippedTonnes: 1_000, to: sep });
      const residueGrams = residueGramsFor(shippedGrams);
      const plan = separate(s.lot(feed).composition, `XD-${tag}`, { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
      w.record(sep, at(`${next}-06`, '10:00'), [
        s.receive(sep, `rcv-${tag}-01`, at(`${month}-11`, '09:00'), feed, shippedGrams),
        s.process(sep, `sep-${tag}-01`, at(`${month}-20`), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: plant, note: 'acid roasting, water leach, solvent extraction' }),
        s.ship(sep, `shp-${tag}-res`, at(`${month}-24`), `XD-${tag}-RES`, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
      ]);
      receiveAndDispose(ctx, month, sep.lot(`XD-${tag}-RES`), residueGrams, tag);
    }
    return { world: w, find: { parties: [sep.id], events: [sep.event('sep-2510-01'), sep.event('sep-2511-01')] } };
  },
});
