// Estimates (not in shared/DOMAIN.md): scandium oxide at 99 % Sc2O3 (the catalogue's grade), reduced
// to metal at 95 %.
import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { deliver, exportLicence, hefei, on, outsideCode, sale, yichun } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-licences-13',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Philippine scandium oxide re-exported to Japan under a dual-use licence, and the metal made of the rest sold at home',
  does: 'A Yichun (Jiangxi) rare metals works imports 2 t of scandium oxide from a Philippine nickel HPAL plant on 2025-06-10 and reduces 0.5 t of it to scandium metal on 06-20, which it delivers on 06-28 to a Hefei maker of aluminium–scandium welding wire. It sells 1.5 t of the oxide to a Hefei trading and export house (shipped 07-02, received 07-04), which holds a MOFCOM dual-use export licence for up to 2 t of scandium oxide (2025-05-01 to 2026-04-30) and exports 1.2 t of it on 07-15 to a Japanese maker of solid-oxide fuel cell electrolytes, declaring that licence. Everyone reports on time.',
  expect: 'Nothing: the controlled oxide leaves under a licence that covers its form, element, quantity and dates; re-exporting imported oxide under licence is lawful; the metal stays in China.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const yc = yichun(ctx);
    const hf = hefei(ctx);
    const licence = exportLicence(ctx, hf, 'RT27-EXP-HF-SC', '2025-05-01', '2026-04-30', 2, ['oxide-sc'], ['Sc']);
    const oxideGrams = tonnes(2);
    const imp = s.import(yc.party, 'imp-2506-sc', at('2025-06-10'), { id: 'YC-2506-SCO', product: 'oxide-sc', massGrams: oxideGrams }, 'PH', '360120251000084127');
    const sc = scale(s.share(yc.party.lot('YC-2506-SCO'), tonnes(0.5)), 0.95);
    const metalGrams = metalMass(sc);
    w.record(yc.party, on('2025-07-06'), [
      imp,
      s.process(yc.party, 'met-2506-sc', at('2025-06-20'), [{ lot: 'YC-2506-SCO', massGrams: tonnes(0.5) }], [{ id: 'YC-2506-SC', product: 'metal-sc', massGrams: metalGrams, composition: sc }], { facility: yc.plant, note: 'ScF3 by HF, calcium reduction, vacuum distillation' }),
      deliver('dlv-2506-sc', at('2025-06-28'), 'YC-2506-SC', metalGrams, { name: '合肥航焊新材料有限公司 (Hefei Hanghan Welding Materials Co.)', id: outsideCode('r27-hf-alsc', '340100') }, 'metallurgy', 'YC-SC-2025-07'),
    ]);
    const oxide = sale(ctx, yc.party, hf, { lot: yc.party.lot('YC-2506-SCO'), grams: tonnes(1.5), tag: 'r27-sc', shipAt: at('2025-07-02'), receiveAt: at('2025-07-04'), sellerAt: on('2025-08-06'), buyerAt: on('2025-08-07') });
    w.record(hf, on('2025-08-07', '11:00'), [
      s.export(hf, 'exp-2507-sc', at('2025-07-15'), oxide, tonnes(1.2), 'JP', { licence, customsDeclaration: '220220251000391552', note: 'scandium oxide 99.9 %, for SOFC electrolyte (ScSZ)' }),
    ]);
    return { world: w, find: {} };
  },
});
