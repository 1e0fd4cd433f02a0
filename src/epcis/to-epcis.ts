// A ledger event as an EPCIS 2.0 event (docs/epcis.md has the table). The mapping is the one
// definition of what Ytterby's events mean in EPCIS: a capture is accepted only when its events
// map back to exactly themselves (from-epcis.ts), so a captured event comes back from a query as
// it was sent.
import { productByCode } from '../domain/products.ts';
import type { LedgerEvent, NewLot, PlainEvent, ProcessEvent } from '../ledger/index.ts';
import { qualifyLotId } from '../ledger/index.ts';
import { eventUri, facilityUri, lotUri, partyUri, ytbBizStep, type YtbBizStep } from './vocabulary.ts';

export type EpcisEvent = Record<string, unknown>;

export interface QuantityElement {
  epcClass: string;
  quantity: number;
  uom: 'KGM';
}

/** Masses are integer grams in the ledger and kilograms (UN/CEFACT KGM) in EPCIS: grams / 1000 is
 * exact in a double up to 2^53 g, far above the largest mass the ledger takes. */
function quantity(lot: string, recorder: string, grams: number): QuantityElement {
  return { epcClass: lotUri(qualifyLotId(lot, recorder)), quantity: grams / 1000, uom: 'KGM' };
}

function newLots(lots: readonly NewLot[], recorder: string): Record<string, unknown>[] {
  return lots.map((lot) => ({ epcClass: lotUri(qualifyLotId(lot.id, recorder)), product: lot.product, composition: lot.composition }));
}

/** The offset of an RFC 3339 time with a zone, as EPCIS's eventTimeZoneOffset writes it. */
export function offsetOf(time: string): string {
  return time.endsWith('Z') ? '+00:00' : time.slice(-6);
}

const PROCESS_STEP_OF_CATEGORY: Record<string, YtbBizStep> = {
  ore: 'beneficiating', concentrate: 'beneficiating',
  'mixed-compound': 'separating', oxide: 'separating', salt: 'separating',
  metal: 'smelting', alloy: 'smelting',
  magnet: 'manufacturing', catalyst: 'manufacturing', 'polishing-powder': 'manufacturing', phosphor: 'manufacturing', 'hydrogen-storage-alloy': 'manufacturing',
};

/** A process's business step, from what its first output is: separation makes oxides and salts,
 * smelting metals and alloys, and so on; anything else is plain processing. */
export function processBizStep(event: ProcessEvent): string {
  const category = productByCode(event.outputs[0]!.product)?.category;
  return ytbBizStep((category === undefined ? undefined : PROCESS_STEP_OF_CATEGORY[category]) ?? 'processing');
}

export function toEpcisEvent(event: LedgerEvent, recorder: string): EpcisEvent {
  if (event.kind === 'correct') {
    const corrects = { 'ytb:corrects': eventUri(recorder, event.corrects), 'ytb:correctionReason': event.reason };
    // The replacement's own note is the event's note; the correction's note rides beside it.
    if (event.replacement !== undefined) return { ...plain(event.replacement, recorder, event.id), ...corrects, ...(event.note === undefined ? {} : { 'ytb:correctionNote': event.note }) };
    return {
      ...common('ObjectEvent', event.id, event.time, recorder, event.note), action: 'OBSERVE', epcList: [], bizStep: ytbBizStep('correcting'), ...corrects,
    };
  }
  return plain(event, recorder, event.id);
}

function common(type: string, id: string, time: string, recorder: string, note: string | undefined): EpcisEvent {
  return { type, eventTime: time, eventTimeZoneOffset: offsetOf(time), eventID: eventUri(recorder, id), ...(note === undefined ? {} : { 'ytb:note': note }) };
}

const location = (facility: string | undefined) => (facility === undefined ? {} : { bizLocation: { id: facilityUri(facility) } });
const owner = (party: string) => [{ type: 'owning_party', source: partyUri(party) }];
const receiver = (party: string) => [{ type: 'owning_party', destination: partyUri(party) }];

function plain(event: PlainEvent, recorder: string, id: string): EpcisEvent {
  const base = common(event.kind === 'process' ? 'TransformationEvent' : 'ObjectEvent', id, event.time, recorder, event.note);
  switch (event.kind) {
    case 'extract':
      return {
        ...base, action: 'ADD', bizStep: ytbBizStep('mining'), disposition: 'active', ...location(event.facility),
        quantityList: [quantity(event.lot.id, recorder, event.lot.massGrams)], 'ytb:lots': newLots([event.lot], recorder),
      };
    case 'process':
      return {
        ...base, bizStep: processBizStep(event), ...location(event.facility),
        inputQuantityList: event.inputs.map((input) => quantity(input.lot, recorder, input.massGrams)),
        outputQuantityList: event.outputs.map((output) => quantity(output.id, recorder, output.massGrams)),
        'ytb:lots': newLots(event.outputs, recorder), ...(event.custody === undefined ? {} : { 'ytb:custody': event.custody }),
      };
    case 'ship':
      return {
        ...base, action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit', quantityList: [quantity(event.lot, recorder, event.massGrams)],
        sourceList: owner(recorder), destinationList: receiver(event.to),
        ...(event.shipmentLot === undefined ? {} : { 'ytb:shipmentLot': lotUri(qualifyLotId(event.shipmentLot, recorder)) }),
      };
    case 'receive':
      return {
        ...base, action: 'OBSERVE', bizStep: 'receiving', disposition: 'in_progress', quantityList: [quantity(event.lot, recorder, event.massGrams)],
        destinationList: receiver(recorder),
      };
    case 'export':
      return {
        ...base, action: 'OBSERVE', bizStep: ytbBizStep('exporting'), disposition: 'in_transit', quantityList: [quantity(event.lot, recorder, event.massGrams)],
        sourceList: owner(recorder), 'ytb:destinationCountry': event.destinationCountry,
        ...(event.licence === undefined ? {} : { 'ytb:licence': event.licence }),
        ...(event.customsDeclaration === undefined ? {} : { 'ytb:customsDeclaration': event.customsDeclaration }),
      };
    case 'import':
      return {
        ...base, action: 'ADD', bizStep: ytbBizStep('importing'), disposition: 'active', quantityList: [quantity(event.lot.id, recorder, event.lot.massGrams)],
        destinationList: receiver(recorder), 'ytb:lots': newLots([event.lot], recorder), 'ytb:originCountry': event.originCountry,
        ...(event.customsDeclaration === undefined ? {} : { 'ytb:customsDeclaration': event.customsDeclaration }),
      };
    case 'collect':
      return {
        ...base, action: 'ADD', bizStep: 'collecting', disposition: 'active', ...location(event.facility),
        quantityList: [quantity(event.lot.id, recorder, event.lot.massGrams)], 'ytb:lots': newLots([event.lot], recorder), 'ytb:supplier': event.supplier,
      };
    case 'dispose':
      return {
        ...base, action: 'DELETE', bizStep: ytbBizStep('disposing'), disposition: 'disposed', ...location(event.facility),
        quantityList: [quantity(event.lot, recorder, event.massGrams)], 'ytb:method': event.method,
      };
    case 'adjust':
      return {
        ...base, action: 'OBSERVE', bizStep: 'cycle_counting', quantityList: [quantity(event.lot, recorder, Math.abs(event.deltaGrams))],
        'ytb:deltaGrams': event.deltaGrams, 'ytb:reason': event.reason, ...(event.composition === undefined ? {} : { 'ytb:composition': event.composition }),
      };
  }
}
