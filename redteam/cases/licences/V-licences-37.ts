// Estimates (not in shared/DOMAIN.md): the Longnan-type lutetium share of the Myanmar feed (the catalogue's 0.5 % of REO); a 90:10 Lu2O3:Y2O3 blend for LYSO crystal growth.
import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingImport, changtingSeparator, localId, sell24, xiamenTrader } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-licences-37',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A lutetium–yttrium oxide blend for LYSO crystals exported to the United States on a licence for lutetium oxide alone',
  does: 'The Changting (Fujian) heavy separator cuts 300 t of Myanmar high-yttrium feed in July 2025 and, on 07-12, co-precipitates 1.2 t of its Lu2O3 with 0.13 t of its Y2O3 into a 90:10 lutetium–yttrium oxide, the feed a crystal grower melts for LYSO scintillators. It sells the 1.33 t to the group\'s Xiamen trading arm (received 07-17), which holds a dual-use licence for lutetium oxide (scope: lutetium oxide, lutetium; 1.5 t REO, 2025-07-01 to 2026-06-30). On 07-24 Xiamen exports the blend to a US scintillator maker citing that licence, declared as "lutetium oxide". The licence covers neither the mixed oxide nor the 10 % of yttrium in it, itself a controlled element.',
  expect: 'An export of a controlled mixed oxide, yttrium in it, under a licence whose product and element scope cover lutetium oxide only: the export, the blend lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ct = changtingSeparator(ctx);
    const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
    const xm = xiamenTrader(ctx);
    const licence = w.licence({ id: 'RT24-EXP-XM-LU-2025', party: xm.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 1.5, scope: { products: ['oxide-lu'], elements: ['Lu'] } });
    const lu = run.lots['oxide-lu']!;
    const yOx = run.lots['oxide-y']!;
    const luGrams = tonnes(1.2);
    const yGrams = tonnes(0.133);
    const blend = add(s.share(lu, luGrams), s.share(yOx, yGrams));
    const blendGrams = luGrams + yGrams;
    const mix = s.process(ct.party, 'mix-2507-lyso', at('2025-07-12'), [{ lot: localId(lu), massGrams: luGrams }, { lot: localId(yOx), massGrams: yGrams }], [
      { id: 'CT-2507-LYSO', product: 'mixed-oxide-heavy', massGrams: Math.max(blendGrams, oxideMass(blend, 0.999)), composition: blend },
    ], { facility: ct.plant, note: 'Lu and Y chlorides co-precipitated as oxalate and calcined: (Lu0.9Y0.1)2O3 for LYSO crystal growth' });
    const shipped = sell24(ctx, ct.party, xm, {
      lot: ct.party.lot('CT-2507-LYSO'), grams: blendGrams, tag: 'XM1', shipAt: at('2025-07-16'), receiveAt: at('2025-07-17'),
      sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-07', '10:00'), sellerBefore: [mix], note: '25 kg double PE bags in steel drums',
    });
    w.record(xm, at('2025-08-07', '11:00'), [
      s.export(xm, 'exp-2507-lu', at('2025-07-24'), shipped, blendGrams, 'US', { licence, customsDeclaration: '372020250724001163', note: 'lutetium oxide 99.99 %, HS 2846.90' }),
    ]);
    return {
      world: w,
      find: { parties: [xm.id], lots: [shipped, ct.party.lot('CT-2507-LYSO')], events: [xm.event('exp-2507-lu')] },
    };
  },
});
