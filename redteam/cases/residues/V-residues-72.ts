import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-72',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing leach residue exported to Vietnam as "iron-bearing slag for cement"',
  does: 'The separator, which also holds an export registration for its oxides, finds a Haiphong cement plant that will take "iron-bearing slag" as a clinker additive and pay the freight. Its June 2025 water-leach residue (450 t of thorium-bearing filter cake, made on 06-20) never goes to the licensed store: on 07-08 it is exported whole to Vietnam from Tianjin, the customs declaration describing it as slag for cement. The separator reports it with July, on time, under the residue\'s own product code.',
  expect: 'Radioactive residue that leaves the country instead of reaching licensed disposal: the export event, the residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.separator, { roles: ['separator', 'exporter'] });
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.export(r.separator, 'exp-2507-res', at('2025-07-08'), residue.id, residue.massGrams, 'VN', { customsDeclaration: '020220250700018830', note: 'iron-bearing slag, clinker additive, Haiphong' }),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('exp-2507-res')], lots: [june.residue], parties: [r.separator.id] },
    };
  },
});
