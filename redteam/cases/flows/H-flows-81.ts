import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-81',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide exported under licence to a Japanese alloy maker; the magnet maker imports Dy–Fe alloy from it seven weeks later',
  does: 'The Ningbo magnet maker buys its Dy–Fe alloy from a Japanese alloy maker, which buys its dysprosium oxide in China. In July the Shanghai exporter, licensed for 4 t REO of dysprosium oxide, buys 3 t from the Longnan separator (shipped 07-15, received 07-16) and exports them to the Japanese maker on 07-22. On 09-10 the magnet maker imports 3.1 t of 80 % Dy–Fe alloy from it, about what 3 t of oxide make at 97 % (estimate). Everyone reports on time.',
  expect: 'Nothing: a licensed export of a controlled oxide, and an import (which needs no licence) of an alloy made abroad; dysprosium going out as oxide and coming back in a product is ordinary trade.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'importer'] });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 4, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const grams = tonnes(3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-07', '2507-dy');
    const dy = scale(s.lot(lot).composition, 0.97);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-22'), lot, grams, 'JP', { licence, customsDeclaration: '220120250700045511', note: 'Dy2O3 99.5 %, for Dy–Fe alloy' }),
    ]);
    const alloy = { id: 'JP-2509-DYFE', product: 'alloy-dyfe', massGrams: massAtShare(dy, 0.8), composition: dy };
    w.record(r.magnets, at('2025-10-08', '10:00'), [s.import(r.magnets, 'imp-2509-dyfe', at('2025-09-10'), alloy, 'JP', '310120250900044120')]);
    return { world: w, find: {} };
  },
});
