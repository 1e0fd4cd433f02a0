import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-05',
  family: 'identity',
  violation: true,
  heldOut: false,
  title: 'A controlled alloy made and exported in the same document',
  does: 'The metal smelter, which also holds an exporter\'s registration but no export licence, turns 2 t of Dy oxide into Dy–Fe alloy and exports the whole alloy lot to Japan in the same capture document: the lot exists only inside that document.',
  expect: 'An export of a controlled Dy alloy without a licence, whatever happens to the lot after; the export event and the alloy lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.smelter, { roles: ['metal-smelter', 'exporter'] });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(2), r.smelter, '2025-07', '2507-dy');
    const dy = scale(s.lot(oxide).composition, 0.97);
    const alloyGrams = metalMass(dy, 0.8);
    w.record(r.smelter, at('2025-08-08', '10:00'), [
      s.process(r.smelter, 'met-2507-dyfe', at('2025-07-18'), [{ lot: oxide, massGrams: tonnes(2) }], [{ id: 'AL-2507-DYFE', product: 'alloy-dyfe', massGrams: alloyGrams, composition: dy }], { facility: r.metalPlant }),
      s.export(r.smelter, 'exp-2507-dyfe', at('2025-07-24'), 'AL-2507-DYFE', alloyGrams, 'JP', { customsDeclaration: '040120250700034567' }),
    ]);
    return { world: w, find: { lots: [r.smelter.lot('AL-2507-DYFE')], events: [r.smelter.event('exp-2507-dyfe')] } };
  },
});
