// Estimates (not in shared/DOMAIN.md): a bulk concentrate train loses some 0.5–1 % between loading
// and unloading weighbridges (drying, wagon residue, wind); 0.6 % here.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, separatorMonthOutputs } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-flows-14',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A July concentrate train from Bayan Obo weighs in 6 t light at the Baotou separator',
  does: 'The Bayan Obo miner loads 1,000 t of concentrate into open rail wagons on 2025-07-10 in a dry, windy week. The Baotou separator\'s weighbridge gives 994 t on 07-11: 0.6 % short, which its receipt notes as drying of the damp concentrate, wagon residue and wind loss, as on the mine\'s other summer trains. It separates the 994 t on 07-20 and sends the water-leach residue to the licensed store on 07-24. Everyone reports July on time.',
  expect: 'Nothing: a small transit loss of bulk concentrate within the usual tolerance, recorded at the receipt.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const received = tonnes(994);
    const receipt = s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, received, 'weighbridge 994.0 t against 1,000.0 t loaded: drying, wagon residue, wind loss');
    const outputs = separatorMonthOutputs(s.lot(feed).composition, received, 'SEP-2507');
    const residue = outputs[outputs.length - 1]!;
    w.record(r.separator, on('2025-08-06'), [
      receipt,
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: received }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
