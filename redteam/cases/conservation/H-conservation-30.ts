import { productByCode } from '../../../src/domain/index.ts';
import { at, massAtShare, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-30',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Dysprosium through the fluoride route: the mass rises 17 %, then falls by 29 %',
  does: 'The Longnan separator fluorinates 6 t of its July dysprosium oxide (86 % Dy) with hydrogen fluoride on 2025-07-14: 99.5 % of the dysprosium comes out as 7.03 t of DyF3 (73 % Dy), heavier than the oxide it was made of, since three fluorine atoms replace one and a half of oxygen. It sells all of it to the metal smelter, which reduces it with calcium on 07-24 (calciothermic reduction, the usual route to heavy rare earth metal) at 96 % and gets 4.99 t of dysprosium metal from 7.03 t of salt, the rest staying in the calcium fluoride slag and the crucible skull. It sells 2 t of the metal to the Ningbo magnet maker on 07-28.',
  expect: 'Nothing: the lot masses jump up and down with the chemistry (oxygen out, fluorine in, fluorine out), but the dysprosium only ever decreases, by 0.5 % and 4 %, and every party is licensed for its step.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxide = heavy.lots['oxide-dy']!;
    const oxideGrams = tonnes(6);
    const dyInSalt = scale(s.share(oxide, oxideGrams), 0.995);
    const saltShare = productByCode('salt-dy-fluoride')!.typicalFractions.Dy!;
    const salt = { id: 'LN-2507-DYF', product: 'salt-dy-fluoride', massGrams: massAtShare(dyInSalt, saltShare), composition: dyInSalt };
    w.record(south.southSeparator, at('2025-08-06', '11:00'), [
      s.process(south.southSeparator, 'flu-2507-dy', at('2025-07-14'), [{ lot: oxide, massGrams: oxideGrams }], [salt], { facility: south.southPlant, note: 'hydrofluorination of Dy2O3, 600 °C' }),
      s.ship(south.southSeparator, 'shp-2507-dyf', at('2025-07-16'), salt.id, salt.massGrams, r.smelter),
    ]);
    const saltLot = south.southSeparator.lot(salt.id);
    const dyMetal = scale(dyInSalt, 0.96);
    const metal = { id: 'MET-2507-DY', product: 'metal-dy', massGrams: metalMass(dyMetal), composition: dyMetal };
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-dyf', at('2025-07-17'), saltLot, salt.massGrams),
      s.process(r.smelter, 'red-2507-dy', at('2025-07-24'), [{ lot: saltLot, massGrams: salt.massGrams }], [metal], { facility: r.metalPlant, note: 'calciothermic reduction of DyF3 in a tantalum crucible; CaF2 slag returned for fluoride recovery' }),
      s.ship(r.smelter, 'shp-2507-dy', at('2025-07-28'), metal.id, tonnes(2), r.magnets, 'MET-2507-DY-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-dy', at('2025-07-29'), r.smelter.lot('MET-2507-DY-S1'), tonnes(2))]);
    return { world: w, find: {} };
  },
});
