import type { Composition, ElementSymbol } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { baselineWorld } from '../../lib/roster.ts';

const LIGHT: readonly ElementSymbol[] = ['La', 'Ce', 'Pr', 'Nd'];
const MIDDLE_HEAVY: readonly ElementSymbol[] = ['Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Er', 'Y'];

export default defineCase({
  id: 'V-residues-52',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Samarium, gadolinium, dysprosium and yttrium of an imported monazite cargo "left in the cracking residue"',
  does: 'The separator imports 400 t of Madagascan monazite concentrate (60 % REO) on 2025-07-03 and cracks and separates it on 07-12. Its books recover the light rare earths at a normal 95 %, but the samarium, europium, gadolinium, terbium, dysprosium, erbium and yttrium, all but europium and erbium under dual-use export control, at only 35 %: the campaign report says the middle and heavy rare earths "stayed in the caustic-crack residue", and the 120 t residue lot is assayed to match, holding 60 % of them, 9.7 t, on top of its usual light rare earths: 10 % rare earths in all, five times what a cracking residue carries. In fact the SEG and heavy lines ran normally; the unbooked 11 t of Sm–Eu–Gd and heavy oxides went to a Hong Kong buyer through a freight forwarder. The residue, as weighed, goes to the licensed store on 07-20. July is reported on time.',
  expect: 'A residue with implausibly high rare earth content, and a campaign whose middle and heavy recoveries are far below the light ones on the same line: product hidden as waste; the residue lot, the separation and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const lot = { id: 'IMP-2507-MZ', product: 'concentrate-monazite', massGrams: tonnes(400) };
    const imported = s.import(r.separator, 'imp-2507-mz', at('2025-07-03'), lot, 'MG', '222420250700091187');
    const feed = s.lot(r.separator.lot(lot.id)).composition;
    const recovered = add(scale(pick(feed, LIGHT), 0.95), scale(pick(feed, MIDDLE_HEAVY), 0.35));
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
    const residueGrams = tonnes(120);
    const usual: Composition = {};
    for (const [symbol, grams] of Object.entries(typical('slag-monazite-residue', residueGrams)) as [ElementSymbol, number][]) {
      usual[symbol] = Math.min(grams, Math.floor((feed[symbol] ?? 0) * 0.05));
    }
    const residueComposition = add(usual, scale(pick(feed, MIDDLE_HEAVY), 0.6));
    const residue = { id: 'SEP-2507-MZ-RES', product: 'slag-monazite-residue', massGrams: residueGrams, composition: residueComposition };
    outputs.push(residue);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: lot.id, massGrams: lot.massGrams }], outputs, { facility: r.separationPlant, note: 'caustic soda cracking of imported monazite; middle and heavy rare earths reported to the residue' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-20'), residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residueGrams, '2507');
    return {
      world: w,
      find: { lots: [r.separator.lot(residue.id)], events: [r.separator.event('sep-2507-mz')], parties: [r.separator.id] },
    };
  },
});
