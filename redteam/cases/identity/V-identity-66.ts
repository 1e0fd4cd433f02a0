import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smcoChain } from '../../lib/round10.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-66',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Sm2Co17 magnets packed and exported as "bonded NdFeB motor rings", which need no licence',
  does: 'The Ningbo magnet maker, registered also as an exporter, sinters samarium–cobalt magnets on 2025-08-05 from samarium metal the Baotou smelter reduced from Longnan oxide. On 08-12 it books a packing run that turns the whole SmCo lot into a lot labelled bonded NdFeB magnets, same mass and same samarium, "packed as bonded NdFeB rings for a fan-motor customer", and on 08-20 exports it to the United States with no licence. SmCo magnets need a dual-use licence since 2025-04-04; bonded NdFeB magnets need none. The lot carries samarium and no neodymium or praseodymium at all. August is reported on 8 September.',
  expect: 'A lot whose composition does not fit its label (no Nd or Pr, a quarter samarium), exported without the licence its real content needs: the packing run, the relabelled lot and the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    honestMonth(ctx, '2025-06');
    const chain = smcoChain(ctx);
    const comp = { ...s.lot(chain.magnets).composition };
    w.record(r.magnets, at('2025-09-08', '11:00'), [
      s.process(r.magnets, 'pak-2508-01', at('2025-08-12'), [{ lot: chain.magnets, massGrams: chain.magnetGrams }], [
        { id: 'BND-2508-01', product: 'magnet-ndfeb-bonded', massGrams: chain.magnetGrams, composition: comp },
      ], { facility: r.magnetPlant, note: 'packed as bonded NdFeB rings for a fan-motor customer' }),
      s.export(r.magnets, 'exp-2508-01', at('2025-08-20'), 'BND-2508-01', chain.magnetGrams, 'US', { customsDeclaration: '310420250800082264', note: 'bonded NdFeB magnet rings, HS 8505.19' }),
    ]);
    return { world: w, find: { events: [r.magnets.event('pak-2508-01'), r.magnets.event('exp-2508-01')], lots: [r.magnets.lot('BND-2508-01')] } };
  },
});
