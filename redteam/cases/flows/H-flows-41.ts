import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-41',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Terbium oxide delivered through a trader to a domestic green-phosphor maker',
  does: 'The Beijing trader buys 0.3 t of terbium oxide from the Longnan separator on 2025-07-15 and on 07-25 delivers it to a phosphor works in Yixing, Jiangsu, which makes LaPO4:Ce,Tb green phosphor for LED backlights and lamps. The works is a materials maker, not one of the enterprises the regulations oblige to keep a traceability record (miners, separators, smelters, recyclers, exporters), and is not registered in the chain; the trader names it with its credit code, sector "lighting and displays". The terbium stays in China. July is reported on time.',
  expect: 'Nothing: a separated oxide sold to a domestic manufacturer that consumes it, in the sector that uses terbium; a controlled element needs a licence to leave the country, not to be sold at home.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(0.3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', grams, r.trader, '2025-07', '2507-tb');
    const customer = { name: '宜兴市新宇光电发光材料有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '320282', orgBody8: 'XYGD0725' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-tb', kind: 'deliver', time: at('2025-07-25'), lot, massGrams: grams, customer, sector: 'lighting-and-displays', contract: 'XY-2507-TB-01' };
    w.record(r.trader, at('2025-08-08', '10:00'), [deliver]);
    return { world: w, find: {} };
  },
});
