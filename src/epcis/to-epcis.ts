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
    let out: EpcisEvent;
    if (event.replacement !== undefined) {
      out = plain(event.replacement, recorder, event.id);
      // The replacement's own note is the event's note; the correction's note rides beside it.
      put(out, 'ytb:correctionNote', event.note);
    } else {
      out = common('ObjectEvent', event.id, event.time, recorder, event.note);
      out['action'] = 'OBSERVE';
      out['epcList'] = [];
      out['bizStep'] = ytbBizStep('correcting');
    }
    out['ytb:corrects'] = eventUri(recorder, event.corrects);
    out['ytb:correctionReason'] = event.reason;
    return out;
  }
  return plain(event, recorder, event.id);
}

// The event is built by assignment, not by spreading conditional parts: a query maps a page of
// events per request, and spreads cost most of that time.

/** Sets the field when it has a value: absent stays absent, as in the ledger event. */
function put(out: EpcisEvent, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

function common(type: string, id: string, time: string, recorder: string, note: string | undefined): EpcisEvent {
  const out: EpcisEvent = { type, eventTime: time, eventTimeZoneOffset: offsetOf(time), eventID: eventUri(recorder, id) };
  put(out, 'ytb:note', note);
  return out;
}

function location(out: EpcisEvent, facility: string | undefined): void {
  if (facility !== undefined) out['bizLocation'] = { id: facilityUri(facility) };
}

const owner = (party: string) => [{ type: 'owning_party', source: partyUri(party) }];
const receiver = (party: string) => [{ type: 'owning_party', destination: partyUri(party) }];

function plain(event: PlainEvent, recorder: string, id: string): EpcisEvent {
  const out = common(event.kind === 'process' ? 'TransformationEvent' : 'ObjectEvent', id, event.time, recorder, event.note);
  switch (event.kind) {
    case 'extract':
      out['action'] = 'ADD';
      out['bizStep'] = ytbBizStep('mining');
      out['disposition'] = 'active';
      location(out, event.facility);
      out['quantityList'] = [quantity(event.lot.id, recorder, event.lot.massGrams)];
      out['ytb:lots'] = newLots([event.lot], recorder);
      return out;
    case 'process':
      out['bizStep'] = processBizStep(event);
      location(out, event.facility);
      out['inputQuantityList'] = event.inputs.map((input) => quantity(input.lot, recorder, input.massGrams));
      out['outputQuantityList'] = event.outputs.map((output) => quantity(output.id, recorder, output.massGrams));
      out['ytb:lots'] = newLots(event.outputs, recorder);
      put(out, 'ytb:custody', event.custody);
      return out;
    case 'ship':
      out['action'] = 'OBSERVE';
      out['bizStep'] = 'shipping';
      out['disposition'] = 'in_transit';
      out['quantityList'] = [quantity(event.lot, recorder, event.massGrams)];
      out['sourceList'] = owner(recorder);
      out['destinationList'] = receiver(event.to);
      if (event.shipmentLot !== undefined) out['ytb:shipmentLot'] = lotUri(qualifyLotId(event.shipmentLot, recorder));
      return out;
    case 'receive':
      out['action'] = 'OBSERVE';
      out['bizStep'] = 'receiving';
      out['disposition'] = 'in_progress';
      out['quantityList'] = [quantity(event.lot, recorder, event.massGrams)];
      out['destinationList'] = receiver(recorder);
      return out;
    case 'export':
      out['action'] = 'OBSERVE';
      out['bizStep'] = ytbBizStep('exporting');
      out['disposition'] = 'in_transit';
      out['quantityList'] = [quantity(event.lot, recorder, event.massGrams)];
      out['sourceList'] = owner(recorder);
      out['ytb:destinationCountry'] = event.destinationCountry;
      put(out, 'ytb:licence', event.licence);
      put(out, 'ytb:customsDeclaration', event.customsDeclaration);
      return out;
    case 'deliver':
      out['action'] = 'OBSERVE';
      out['bizStep'] = ytbBizStep('delivering');
      out['disposition'] = 'in_transit';
      out['quantityList'] = [quantity(event.lot, recorder, event.massGrams)];
      out['sourceList'] = owner(recorder);
      out['ytb:customer'] = event.customer;
      out['ytb:sector'] = event.sector;
      put(out, 'ytb:contract', event.contract);
      return out;
    case 'import':
      out['action'] = 'ADD';
      out['bizStep'] = ytbBizStep('importing');
      out['disposition'] = 'active';
      out['quantityList'] = [quantity(event.lot.id, recorder, event.lot.massGrams)];
      out['destinationList'] = receiver(recorder);
      out['ytb:lots'] = newLots([event.lot], recorder);
      out['ytb:originCountry'] = event.originCountry;
      put(out, 'ytb:customsDeclaration', event.customsDeclaration);
      return out;
    case 'collect':
      out['action'] = 'ADD';
      out['bizStep'] = 'collecting';
      out['disposition'] = 'active';
      location(out, event.facility);
      out['quantityList'] = [quantity(event.lot.id, recorder, event.lot.massGrams)];
      out['ytb:lots'] = newLots([event.lot], recorder);
      out['ytb:supplier'] = event.supplier;
      return out;
    case 'dispose':
      out['action'] = 'DELETE';
      out['bizStep'] = ytbBizStep('disposing');
      out['disposition'] = 'disposed';
      location(out, event.facility);
      out['quantityList'] = [quantity(event.lot, recorder, event.massGrams)];
      out['ytb:method'] = event.method;
      return out;
    case 'adjust':
      out['action'] = 'OBSERVE';
      out['bizStep'] = 'cycle_counting';
      out['quantityList'] = [quantity(event.lot, recorder, Math.abs(event.deltaGrams))];
      out['ytb:deltaGrams'] = event.deltaGrams;
      out['ytb:reason'] = event.reason;
      put(out, 'ytb:composition', event.composition);
      return out;
  }
}
