// Estimates (not in shared/DOMAIN.md): the catalogue's Longnan-type lutetium share of the Myanmar feed (0.5 % of REO).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingImport, changtingSeparator, outsideCode, sell24, xiamenTrader } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-flows-36',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Half a tonne of lutetium oxide sold through a Xiamen trader to a Shanghai grower of LYSO crystals for PET scanners',
  does: 'The Changting heavy separator cuts 300 t of Myanmar high-yttrium feed in July 2025, about 1.3 t of it lutetium oxide. It sells 0.5 t of the Lu2O3 to the group\'s Xiamen trading arm (shipped 07-16, received 07-17), which eight days later delivers it whole to a Shanghai maker of LYSO scintillator crystals for PET scanners, named with its credit code, under a supply contract (sector: other, medical imaging). Nothing is exported; the crystals the grower pulls and cuts are sold to scanner makers at home.',
  expect: 'Nothing: a controlled oxide sold at home to the final user that consumes it, through one trader, every leg recorded.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const ct = changtingSeparator(ctx);
    const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
    const xm = xiamenTrader(ctx, ['trader']);
    const grams = tonnes(0.5);
    const lot = sell24(ctx, ct.party, xm, {
      lot: run.lots['oxide-lu']!, grams, tag: 'XM1', shipAt: at('2025-07-16'), receiveAt: at('2025-07-17'),
      sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-07', '10:00'), note: 'Lu2O3 99.995 %, 10 kg bottles in two drums',
      buyerAfter: [],
    });
    w.record(xm, at('2025-08-07', '11:00'), [
      deliver('dlv-2507-lu', at('2025-07-25'), lot, grams, { name: '上海嘉定闪烁晶体科技有限公司 (Shanghai Jiading Scintillation Crystal Technology Co.)', id: outsideCode('r24-sh-crystal', '310000') }, 'other', 'JD-LYSO-2025-07', 'LYSO crystal growth for PET detectors'),
    ]);
    return { world: w, find: {} };
  },
});
