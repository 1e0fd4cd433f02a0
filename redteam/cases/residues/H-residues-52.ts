import type { ElementSymbol } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-52',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A monazite cracking residue that carries the cargo\'s own mix, samarium, gadolinium and yttrium included',
  does: 'The separator imports 400 t of Madagascan monazite concentrate (60 % REO) on 2025-07-03 and cracks and separates it on 07-12, recovering every element at 95 %. The 150 t of caustic-crack residue keep 2 % of each element of the feed, in the feed\'s own proportions: lanthanum, cerium and neodymium mostly, but also the samarium, gadolinium, dysprosium, erbium and yttrium that monazite carries and a Bayan Obo residue does not, 2.7 % rare earths in all. The residue goes to the licensed store on 07-20 (received 07-25, stored 07-27). July is reported on time.',
  expect: 'Nothing: the residue\'s elements follow the monazite it came from, at the small share a cracking residue keeps, and every element is recovered alike; the thorium-bearing residue reaches licensed disposal within two weeks.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const lot = { id: 'IMP-2507-MZ', product: 'concentrate-monazite', massGrams: tonnes(400) };
    const imported = s.import(r.separator, 'imp-2507-mz', at('2025-07-03'), lot, 'MG', '222420250700091187');
    const feed = s.lot(r.separator.lot(lot.id)).composition;
    const recovered = scale(feed, 0.95);
    const lines: [string, string, readonly ElementSymbol[], number][] = [
      ['SEP-2507-MZ-NDPR', 'oxide-ndpr', ['Pr', 'Nd'], 0.99],
      ['SEP-2507-MZ-LA', 'oxide-la', ['La'], 0.99],
      ['SEP-2507-MZ-CE', 'oxide-ce', ['Ce'], 0.99],
      ['SEP-2507-MZ-SEG', 'mixed-oxide-smeugd', ['Sm', 'Eu', 'Gd'], 0.9],
      ['SEP-2507-MZ-HRE', 'mixed-oxide-heavy', ['Tb', 'Dy', 'Er', 'Y'], 0.95],
    ];
    const outputs: LotSpec[] = lines.map(([id, product, elements, purity]) => {
      const c = pick(recovered, elements);
      return { id, product, massGrams: oxideMass(c, purity), composition: c };
    });
    const residueGrams = tonnes(150);
    const residue = { id: 'SEP-2507-MZ-RES', product: 'slag-monazite-residue', massGrams: residueGrams, composition: scale(feed, 0.02) };
    outputs.push(residue);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: lot.id, massGrams: lot.massGrams }], outputs, { facility: r.separationPlant, note: 'caustic soda cracking of imported monazite, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-20'), residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residueGrams, '2507');
    return { world: w, find: {} };
  },
});
