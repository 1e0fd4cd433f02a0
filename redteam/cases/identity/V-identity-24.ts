// Estimates (not in shared/DOMAIN.md): none beyond heavy.ts's Longnan cascade (96 % recovery, 99 % oxides).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { dalian, filed, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-identity-24',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A tonne of terbium oxide re-drummed in Dalian as "praseodymium oxide", both dark-brown powders, and exported to Korea without a licence',
  does: 'A Dalian trading house buys 1 t of Tb4O7 from the Longnan separator (received 2025-07-16) for a Korean buyer whose dual-use licence application MOFCOM has not granted. On 07-25 it empties the drums in its bonded-zone warehouse into new drums stencilled "Pr6O11 99.5 %" and books them as a new lot of praseodymium oxide; terbium oxide and praseodymium oxide are both dark-brown to black powders that a customs officer cannot tell apart by eye. On 07-28 it exports the lot to Busan as praseodymium oxide, which needs no licence.',
  expect: 'A lot labelled praseodymium oxide that holds only terbium, exported without a licence: the re-drumming, the relabelled lot, the export and the house.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 200);
    const dl = dalian(ctx);
    const grams = tonnes(1);
    const tb = sell24(ctx, chain.south.southSeparator, dl, { lot: chain.heavy.lots['oxide-tb']!, grams, tag: '2507-tbdl', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'), sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00'), note: 'Tb4O7 99.99 %, 20 drums of 50 kg' });
    w.record(dl, filed('2025-08-07', '10:00'), [
      s.process(dl, 'rpk-2507-01', at('2025-07-25'), [{ lot: tb, massGrams: grams }], [
        { id: 'DL-2507-PR', product: 'oxide-pr', massGrams: grams, composition: s.share(tb, grams) },
      ], { note: 're-drummed into 25 kg export drums at the Dalian bonded-zone warehouse' }),
      s.export(dl, 'exp-2507-pr', at('2025-07-28'), 'DL-2507-PR', grams, 'KR', { customsDeclaration: '090020251000514470', note: 'praseodymium oxide Pr6O11 99.5 %, HS 2846.9090, 40 drums' }),
    ]);
    return {
      world: w,
      find: { parties: [dl.id], lots: [dl.lot('DL-2507-PR'), tb], events: [dl.event('rpk-2507-01'), dl.event('exp-2507-pr')] },
    };
  },
});
