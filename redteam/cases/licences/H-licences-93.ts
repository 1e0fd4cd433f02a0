import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, residueGramsFor } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addDisposer } from '../../lib/round13.ts';
import { enterprise } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-licences-93',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Yixing separator of the southern group separates Bayan Obo concentrate, bought from a Northern mine, on its own group\'s allocation',
  does: 'A Yixing (Jiangsu) separator belonging to the southern group, licensed with a 3,000 t REO plant and allocated 3,000 t REO of rock-ore separation quota by its group, buys 1,000 t of Bayan Obo concentrate from the Dongshan miner in July 2025 (shipped 07-10, received 07-11), separates it on 07-20 and sends its water-leach residue to a licensed Jiangsu store (shipped 07-24, received 07-26, placed 07-28).',
  expect: 'Nothing: concentrate is bought across groups; the separation runs on the separator\'s own group\'s allocation, and the miner\'s extraction on the miner\'s.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.45 t of water-leach residue per t of concentrate (chain.ts).
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const sep = enterprise(ctx, 'yixing-separator', ['separator'], '宜兴新威稀土分离有限公司', 'Yixing Xinwei Rare Earth Separation Co.', '320282', south.crg);
    const licence = w.licence({ id: 'RT-SEP-YX-2024', party: sep.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
    const plant = w.facility({ id: 'plant-yixing-separation', party: sep.id, kind: 'plant', nameZh: '宜兴分离厂', nameEn: 'Yixing separation plant', region: '320282', licence });
    w.quota({ id: 'RT-Q2025-SEP-YX', year: 2025, batch: 1, holder: sep.id, activity: 'separation', oreType: 'rock', tonnesReo: 3_000, allocatedFrom: 'RT-Q2025-SEP-CRG' });
    const store = addDisposer(ctx, 'jiangsu-store', { zh: '江苏伴生放射性废渣贮存有限公司', en: 'Jiangsu Associated Radioactive Residue Storage Co.', siteZh: '江苏废渣库', siteEn: 'Jiangsu residue store' }, '320000',
      { id: 'RT-DSP-JS-2024', validFrom: '2024-01-01', validTo: '2026-12-31', products: ['slag-water-leach-residue', 'slag-monazite-residue'] });
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507', minedTonnes: 1_000, shippedTonnes: 1_000, to: sep });
    const residueGrams = residueGramsFor(shippedGrams);
    const plan = separate(s.lot(feed).composition, 'YX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    w.record(sep, at('2025-08-06', '10:00'), [
      s.receive(sep, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(sep, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: plant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(sep, 'shp-2507-res', at('2025-07-24'), 'YX-2507-RES', residueGrams, store.party, undefined, 'sealed residue trucks'),
    ]);
    const residue = sep.lot('YX-2507-RES');
    w.record(store.party, at('2025-08-07', '10:00'), [
      s.receive(store.party, 'rcv-2507-res', at('2025-07-26'), residue, residueGrams),
      s.dispose(store.party, 'dsp-2507-res', at('2025-07-28'), residue, residueGrams, 'radioactive-waste-storage', store.site),
    ]);
    return { world: w, find: {} };
  },
});
