import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-48',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing water-leach residue sold as "phosphogypsum soil conditioner" to a Hetao fertiliser blender and spread on farmland',
  does: 'The Baotou separator sells its 450 t of June water-leach residue, mostly calcium sulphate, to a fertiliser blender in Bayannur (registered as an end user) as "gypsum soil conditioner" (06-24). The blender receives it on 06-26 and books it used on 07-02 by method "other" at its blending plant, note "blended and spread, saline-alkali land improvement". The thorium it carries ends on fields.',
  expect: 'A radioactive residue delivered to a party with no disposal licence and disposed of outside licensed storage: the separator\'s shipment, the blender\'s disposal, the residue lot and both parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const mass = s.lot(lots.residue).massGrams;
    const blender = w.party('r22-bayannur-fert', { kind: 'enterprise', roles: ['end-user'], nameZh: '巴彦淖尔河套农资有限公司', nameEn: 'Bayannur Hetao Agricultural Inputs Co.', region: '150000' });
    const yard = w.facility({ id: 'yard-r22-hetao', party: blender.id, kind: 'plant', nameZh: '河套农资复混肥厂', nameEn: 'Hetao fertiliser blending plant', region: '150000' });
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), lots.residue, mass, blender, undefined, 'sold as gypsum soil conditioner'),
    ]);
    w.record(blender, at('2025-07-08', '10:00'), [
      s.receive(blender, 'rcv-2506-res', at('2025-06-26'), lots.residue, mass),
      s.dispose(blender, 'dsp-2507-res', at('2025-07-02'), lots.residue, mass, 'other', yard),
    ]);
    return {
      world: w,
      find: { parties: [r.separator.id, blender.id], lots: [lots.residue], events: [r.separator.event('shp-2506-res'), blender.event('dsp-2507-res')] },
    };
  },
});
