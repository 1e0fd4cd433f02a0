// Estimates (not in shared/DOMAIN.md): 97 % of each element of the SEG oxide into its single oxide.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { jiujiang, on, segCuts, segToJiujiang } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-time-26',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A Jiujiang plant in a licence gap dates its July campaign on Baotou Sm–Eu–Gd oxide 30 June, the old licence\'s last day, eight days before the oxide left Baotou',
  does: 'A Jiujiang separation plant of the southern group held a separation licence to 2025-06-30; its renewal was granted only from 08-01. It bought the Baotou separator\'s June lot of Sm–Eu–Gd enriched oxide, 8.97 t, which left Baotou on 07-08 and arrived on 07-10, and ran it through its cascade on 07-18, in the gap. In a "June supplement" filed on 08-07 with its July receipt, it books the campaign at 16:00 on 2025-06-30, "the last campaign under the old licence", into samarium, europium and gadolinium oxides at 97 %. The receipt it files the same day is dated 07-10, and the separator\'s shipment 07-08.',
  expect: 'A separation dated into the old licence\'s last day, before its feed had even been shipped, and recorded five weeks later: the campaign, the feed lot and the plant.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const jj = jiujiang(ctx);
    w.amendLicence(jj.licence, { validTo: '2025-06-30' });
    w.licence({ id: 'RT26-SEP-JJ-R', party: jj.party.id, activity: 'separation', validFrom: '2025-08-01', validTo: '2028-07-31', capacityTonnesReo: 2_500 });
    const seg = segToJiujiang(ctx, jj, { shipAt: at('2025-07-08'), receiveAt: at('2025-07-10', '15:00') });
    const outputs = segCuts({ ...s.lot(seg.lot).composition }, 'JJ-2506', { Sm: 0.97, Eu: 0.97, Gd: 0.97 });
    w.record(jj.party, on('2025-08-07'), [
      seg.receipt,
      s.process(jj.party, 'sep-2506-seg', at('2025-06-30', '16:00'), [{ lot: seg.lot, massGrams: seg.grams }], outputs, {
        facility: jj.plant, note: 'June supplement: last campaign under licence RT26-SEP-JJ; SEG dissolved in HCl, P507 cascade, europium by zinc reduction',
      }),
    ]);
    return {
      world: w,
      find: { parties: [jj.party.id], lots: [seg.lot], events: [jj.party.event('sep-2506-seg')] },
    };
  },
});
