// Estimates (not in shared/DOMAIN.md): magnets at 30 % rare earths, swarf at 22 % (magnets.ts);
// 95 % of the Pr and Nd recovered from magnets (DOMAIN.md: up to ~97 % from swarf); leach residue
// (iron hydroxide) 0.9 t per t of magnets.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedOf, metalFromBaotou, on, shangrao, sinterOutputs, tianjin, yingtan } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-flows-13',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'New magnets exported from Tianjin to Haiphong come back three weeks later to a Yingtan recycler as "end-of-life magnets from Vietnamese motors"',
  does: 'A Tianjin magnet works sinters 20 t of Baotou NdPr metal on 2025-07-10 and exports 50 t of the magnets to a Haiphong company on 07-15, claiming the export VAT rebate. The Haiphong company is a shell: on 08-04 a Yingtan (Jiangxi) recycler imports 49.5 t of "NdFeB magnets recovered from scrapped motors" from Vietnam, with the very composition of the exported magnets (praseodymium and neodymium only, none of the dysprosium or terbium that motor magnets carry), leaches them on 08-12 and sells the NdPr oxide as post-consumer recycled material, which magnet buyers pay a premium for under the EU\'s recycled-content rules. Its leach residue goes to the Shangrao landfill. Everyone reports on time.',
  expect: 'An export that comes straight back as scrap, the same material under another name, to earn a rebate and a recycled origin: the import, the imported lot, the export and the parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const yt = yingtan(ctx);
    const lf = shangrao(ctx);
    const metal = metalFromBaotou(ctx, tj.party, 20, 'r27-tj', at('2025-07-03'), at('2025-07-05'));
    const inputs = [{ lot: metal.lot, massGrams: metal.grams }];
    const out = sinterOutputs(feedOf(ctx, inputs), 'TJ-2507');
    const sinter = s.process(tj.party, 'snt-2507-01', at('2025-07-10'), inputs, out, { facility: tj.plant, note: 'strip casting, jet milling, pressing, sintering, grinding' });
    const magnets = out[0]!;
    const exportedGrams = tonnes(50);
    const exported = s.share(tj.party.lot(magnets.id), exportedGrams);
    w.record(tj.party, on('2025-08-07'), [
      metal.receipt,
      sinter,
      s.export(tj.party, 'exp-2507-vn', at('2025-07-15'), magnets.id, exportedGrams, 'VN', { customsDeclaration: '020220251000498830', note: 'sintered NdFeB magnets N42, HS 8505.11, to Haiphong' }),
    ]);
    const importedGrams = tonnes(49.5);
    const imp = s.import(yt.party, 'imp-2508-vn', at('2025-08-04'), { id: 'YT-2508-EOL', product: 'eol-ndfeb-magnets', massGrams: importedGrams, composition: scale(exported, 0.99) }, 'VN', '360620251000152271');
    const ndpr = scale(s.lot(yt.party.lot('YT-2508-EOL')).composition, 0.95);
    const residueGrams = Math.round(importedGrams * 0.9);
    const residue = subtract(s.lot(yt.party.lot('YT-2508-EOL')).composition, ndpr);
    w.record(yt.party, on('2025-09-05'), [
      imp,
      s.process(yt.party, 'rec-2508-eol', at('2025-08-12'), [{ lot: 'YT-2508-EOL', massGrams: importedGrams }], [
        { id: 'YT-2508-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'YT-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: yt.plant, note: 'demagnetised, oxidising roast, HCl leach, solvent extraction; post-consumer feed' }),
      s.ship(yt.party, 'shp-2508-res', at('2025-08-20'), 'YT-2508-RES', residueGrams, lf.party, undefined, 'covered tippers to Shangrao'),
    ]);
    const res = yt.party.lot('YT-2508-RES');
    w.record(lf.party, on('2025-09-07'), [
      s.receive(lf.party, 'rcv-2508-yt', at('2025-08-21'), res, residueGrams),
      s.dispose(lf.party, 'dsp-2508-yt', at('2025-08-22'), res, residueGrams, 'landfill', lf.site),
    ]);
    return {
      world: w,
      find: { parties: [yt.party.id], lots: [yt.party.lot('YT-2508-EOL')], events: [yt.party.event('imp-2508-vn'), tj.party.event('exp-2507-vn')] },
    };
  },
});
