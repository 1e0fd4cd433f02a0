// An EPCIS event as a ledger event, for the recorder who captures it. Only what to-epcis.ts
// writes can be read back: the event is rebuilt from the fields that carry Ytterby's meaning and
// mapped forward again, and any field that does not come back the same is refused by name. So
// nothing an enterprise sends is silently dropped, and a query returns exactly what was captured.
import { isDeepStrictEqual } from 'node:util';
import type { Problem } from '../problems.ts';
import type { LedgerEvent, PlainEvent } from '../ledger/index.ts';
import { identifierFlaw } from '../schemas.ts';
import { toEpcisEvent, type EpcisEvent } from './to-epcis.ts';
import { YTB_NAMESPACE, bareCbv, eventIdOfUri, facilityOfUri, lotOfUri, partyOfUri, ytbBizStep } from './vocabulary.ts';

export type Mapped = { event: LedgerEvent } | { problems: Problem[] };

const KIND_OF_STEP: Record<string, Exclude<PlainEvent['kind'], 'process'>> = {
  [`${YTB_NAMESPACE}bizstep/mining`]: 'extract',
  shipping: 'ship',
  receiving: 'receive',
  [`${YTB_NAMESPACE}bizstep/exporting`]: 'export',
  [`${YTB_NAMESPACE}bizstep/delivering`]: 'deliver',
  [`${YTB_NAMESPACE}bizstep/importing`]: 'import',
  collecting: 'collect',
  [`${YTB_NAMESPACE}bizstep/disposing`]: 'dispose',
  cycle_counting: 'adjust',
};
const CORRECTING = ytbBizStep('correcting');

/** The event as EPCIS writes it with CBV values bare and without what a repository sets
 * (recordTime) or a document carries for all its events (@context). */
export function normalizeEpcisEvent(input: EpcisEvent): EpcisEvent {
  const { recordTime: _recordTime, '@context': _context, ...event } = input;
  if (typeof event['bizStep'] === 'string') event['bizStep'] = bareCbv(event['bizStep'], 'BizStep');
  if (typeof event['disposition'] === 'string') event['disposition'] = bareCbv(event['disposition'], 'Disp');
  for (const list of ['sourceList', 'destinationList']) {
    const entries = event[list];
    if (Array.isArray(entries)) event[list] = entries.map((e: unknown) => (typeof e === 'object' && e !== null && typeof (e as Record<string, unknown>)['type'] === 'string' ? { ...e, type: bareCbv((e as Record<string, string>)['type']!, 'SDT') } : e));
  }
  return event;
}

/** `input` as the ledger event `recorder` records, or why it cannot be one (paths under `at`). */
export function fromEpcisEvent(input: EpcisEvent, recorder: string, at: string): Mapped {
  const event = normalizeEpcisEvent(input);
  const problems: Problem[] = [];
  const refuse = (path: string, reason: string): undefined => {
    problems.push({ path: path === '' ? at : `${at}.${path}`, reason });
    return undefined;
  };
  const reader = new Reader(event, recorder, refuse);
  const built = reader.event();
  if (built === undefined || problems.length > 0) return { problems: problems.length > 0 ? problems : [{ path: at, reason: 'cannot be expressed as a Ytterby event' }] };
  // Mapped forward again, the event must be exactly what was sent: name every field that is not.
  const back = toEpcisEvent(built, recorder);
  for (const key of new Set([...Object.keys(event), ...Object.keys(back)])) {
    if (isDeepStrictEqual(event[key], back[key])) continue;
    if (!(key in back)) refuse(key, `is not kept by Ytterby for this kind of event (${built.kind}); leave it out (docs/epcis.md lists each kind's fields)`);
    else if (!(key in event)) refuse(key, `is required for a ${built.kind} event: ${JSON.stringify(back[key])}`);
    else refuse(key, `would be recorded as ${JSON.stringify(back[key])}: a ${built.kind} event reads it so (docs/epcis.md)`);
  }
  return problems.length > 0 ? { problems } : { event: built };
}

type Refuse = (path: string, reason: string) => undefined;

/** Reads the fields that carry a ledger event's meaning; every fault goes to `refuse`. */
class Reader {
  constructor(
    readonly e: EpcisEvent,
    readonly recorder: string,
    readonly refuse: Refuse,
  ) {}

  event(): LedgerEvent | undefined {
    const { e } = this;
    const id = this.eventId();
    const time = this.string('eventTime');
    if (id === undefined || time === undefined) return undefined;
    const note = this.optionalString('ytb:note');
    const base = { id, time, ...(note === undefined ? {} : { note }) };
    if (e['ytb:corrects'] !== undefined) {
      const correctsUri = this.string('ytb:corrects');
      const reason = this.string('ytb:correctionReason');
      const corrects = correctsUri === undefined ? undefined : eventIdOfUri(this.recorder, correctsUri);
      if (corrects === undefined || reason === undefined) return undefined;
      if ('reason' in corrects) return this.refuse('ytb:corrects', corrects.reason);
      if (e['bizStep'] === CORRECTING) return { ...base, kind: 'correct', corrects: corrects.id, reason };
      const correctionNote = this.optionalString('ytb:correctionNote');
      // The event's note is the replacement's; the correction's own rides in ytb:correctionNote.
      const replacement = this.plain(base);
      if (replacement === undefined) return undefined;
      return { id, time, ...(correctionNote === undefined ? {} : { note: correctionNote }), kind: 'correct', corrects: corrects.id, reason, replacement };
    }
    return this.plain(base);
  }

  plain(base: { id: string; time: string; note?: string }): PlainEvent | undefined {
    const { e } = this;
    const type = e['type'];
    if (type === 'TransformationEvent') return this.process(base);
    if (type !== 'ObjectEvent') return this.refuse('type', `a ${String(type)} has no Ytterby event: Ytterby records lots of material by mass, as ObjectEvents and TransformationEvents with quantity lists (docs/epcis.md)`);
    const kind = typeof e['bizStep'] === 'string' ? KIND_OF_STEP[e['bizStep']] : undefined;
    if (kind === undefined) {
      return this.refuse('bizStep', `${e['bizStep'] === undefined ? 'is missing' : `${JSON.stringify(e['bizStep'])} is not a step Ytterby records`}: an ObjectEvent is one of ${Object.keys(KIND_OF_STEP).join(', ')} (docs/epcis.md)`);
    }
    switch (kind) {
      case 'extract': {
        const lot = this.newLots('quantityList', 1)?.[0];
        const facility = this.facility(true);
        return lot === undefined || facility === undefined ? undefined : { ...base, kind, facility, lot };
      }
      case 'ship': {
        const moved = this.moved();
        const to = this.party('destinationList', 'destination');
        const shipment = e['ytb:shipmentLot'] === undefined ? undefined : this.lotRef(e['ytb:shipmentLot'], 'ytb:shipmentLot', true);
        if (moved === undefined || to === undefined) return undefined;
        return { ...base, kind, lot: moved.lot, massGrams: moved.massGrams, to, ...(shipment === undefined ? {} : { shipmentLot: shipment }) };
      }
      case 'receive': {
        const moved = this.moved();
        return moved === undefined ? undefined : { ...base, kind, lot: moved.lot, massGrams: moved.massGrams };
      }
      case 'export': {
        const moved = this.moved();
        const destinationCountry = this.string('ytb:destinationCountry');
        const licence = this.optionalString('ytb:licence');
        const customsDeclaration = this.optionalString('ytb:customsDeclaration');
        if (moved === undefined || destinationCountry === undefined) return undefined;
        return { ...base, kind, ...moved, destinationCountry, ...(licence === undefined ? {} : { licence }), ...(customsDeclaration === undefined ? {} : { customsDeclaration }) };
      }
      case 'deliver': {
        const moved = this.moved();
        const customer = e['ytb:customer'] as { name: string; id?: string } | undefined;
        const sector = this.string('ytb:sector');
        const contract = this.optionalString('ytb:contract');
        if (customer === undefined) return this.refuse('ytb:customer', 'is required for a deliver event: {"name": …, "id"?: …}, the final user (id: its USCC)');
        if (moved === undefined || sector === undefined) return undefined;
        return { ...base, kind, ...moved, customer, sector: sector as 'other', ...(contract === undefined ? {} : { contract }) };
      }
      case 'import': {
        const lot = this.newLots('quantityList', 1)?.[0];
        const originCountry = this.string('ytb:originCountry');
        const customsDeclaration = this.optionalString('ytb:customsDeclaration');
        if (lot === undefined || originCountry === undefined) return undefined;
        return { ...base, kind, lot, originCountry, ...(customsDeclaration === undefined ? {} : { customsDeclaration }) };
      }
      case 'collect': {
        const lot = this.newLots('quantityList', 1)?.[0];
        const facility = this.facility(false);
        const supplier = e['ytb:supplier'] as { name: string; id?: string } | undefined;
        if (supplier === undefined) return this.refuse('ytb:supplier', 'is required for a collect event: {"name": …, "id"?: …}, whom the scrap came from');
        return lot === undefined ? undefined : { ...base, kind, ...(facility === undefined ? {} : { facility }), lot, supplier };
      }
      case 'dispose': {
        const moved = this.moved();
        const facility = this.facility(false);
        const method = this.string('ytb:method');
        if (moved === undefined || method === undefined) return undefined;
        return { ...base, kind, ...(facility === undefined ? {} : { facility }), ...moved, method: method as 'other' };
      }
      case 'adjust': {
        const moved = this.moved();
        const deltaGrams = e['ytb:deltaGrams'];
        const reason = this.string('ytb:reason');
        if (typeof deltaGrams !== 'number') return this.refuse('ytb:deltaGrams', 'is required for an adjust event: the signed difference in grams');
        const composition = e['ytb:composition'] as Record<string, number> | undefined;
        if (moved === undefined || reason === undefined) return undefined;
        return { ...base, kind, lot: moved.lot, deltaGrams, reason, ...(composition === undefined ? {} : { composition }) };
      }
    }
  }

  process(base: { id: string; time: string; note?: string }): PlainEvent | undefined {
    const inputs = this.quantities('inputQuantityList')?.map((q, i) => ({ lot: this.lotRef(q.epcClass, `inputQuantityList[${i}].epcClass`, false), massGrams: q.grams }));
    const outputs = this.newLots('outputQuantityList');
    const facility = this.facility(false);
    const custody = this.optionalString('ytb:custody');
    if (inputs === undefined || outputs === undefined || inputs.some((input) => input.lot === undefined)) return undefined;
    return {
      ...base, kind: 'process', ...(facility === undefined ? {} : { facility }), inputs: inputs as { lot: string; massGrams: number }[], outputs,
      ...(custody === undefined ? {} : { custody: custody as 'mass-balance' }),
    };
  }

  eventId(): string | undefined {
    const uri = this.string('eventID');
    if (uri === undefined) return undefined;
    const id = eventIdOfUri(this.recorder, uri);
    if ('reason' in id) return this.refuse('eventID', id.reason);
    return this.decodedIdentifier(id.id, 'eventID', 'an event id');
  }

  /** An identifier as a URI's percent-decoding made it: %00 or %E2%80%AE decode to characters no
   * identifier may hold, so the refusal names the URI's field rather than the ledger event's. */
  decodedIdentifier(id: string, path: string, what: string): string | undefined {
    const flaw = identifierFlaw(id);
    return flaw === undefined ? id : this.refuse(path, `reads as ${what} that ${flaw}`);
  }

  string(field: string): string | undefined {
    const value = this.e[field];
    if (typeof value !== 'string' || value === '') return this.refuse(field, 'is required (a non-empty string)');
    return value;
  }

  optionalString(field: string): string | undefined {
    return this.e[field] === undefined ? undefined : this.string(field);
  }

  facility(required: boolean): string | undefined {
    const location = this.e['bizLocation'] as { id?: unknown } | undefined;
    if (location === undefined) return required ? this.refuse('bizLocation', 'is required: the facility, https://ytterby.example/id/facility/{id}') : undefined;
    const facility = typeof location.id === 'string' ? facilityOfUri(location.id) : undefined;
    if (facility === undefined) return this.refuse('bizLocation.id', 'must be a Ytterby facility, https://ytterby.example/id/facility/{id}');
    return this.decodedIdentifier(facility, 'bizLocation.id', 'a facility id');
  }

  party(list: 'destinationList', field: 'destination'): string | undefined {
    const entries = this.e[list] as Record<string, unknown>[] | undefined;
    const owner = Array.isArray(entries) ? entries.find((entry) => entry['type'] === 'owning_party') : undefined;
    const party = typeof owner?.[field] === 'string' ? partyOfUri(owner[field]) : undefined;
    return party ?? this.refuse(list, `must name the receiving party as {"type": "owning_party", "${field}": "https://ytterby.example/id/party/{USCC}"}`);
  }

  /** The list's quantities as grams of lot classes. */
  quantities(list: string): { epcClass: unknown; grams: number }[] | undefined {
    const entries = this.e[list];
    if (!Array.isArray(entries) || entries.length === 0) return this.refuse(list, 'is required: the lots, as {"epcClass": lot URI, "quantity": kilograms, "uom": "KGM"}');
    const out: { epcClass: unknown; grams: number }[] = [];
    entries.forEach((entry: Record<string, unknown>, i) => {
      if (entry['uom'] !== 'KGM') this.refuse(`${list}[${i}].uom`, 'must be "KGM": Ytterby records masses in kilograms (to the gram)');
      const kg = entry['quantity'];
      const grams = typeof kg === 'number' ? Math.round(kg * 1000) : Number.NaN;
      if (!Number.isFinite(grams) || grams / 1000 !== kg) this.refuse(`${list}[${i}].quantity`, 'must be kilograms to at most three decimals (whole grams)');
      out.push({ epcClass: entry['epcClass'], grams });
    });
    return out;
  }

  /** The one lot an ObjectEvent moves and how much of it. */
  moved(): { lot: string; massGrams: number } | undefined {
    const quantities = this.quantities('quantityList');
    if (quantities === undefined) return undefined;
    if (quantities.length !== 1) return this.refuse('quantityList', 'must hold exactly one lot for this kind of event');
    const lot = this.lotRef(quantities[0]!.epcClass, 'quantityList[0].epcClass', false);
    return lot === undefined ? undefined : { lot, massGrams: quantities[0]!.grams };
  }

  /** New lots: the list's classes with their product and composition from `ytb:lots`. */
  newLots(list: string, count?: number): { id: string; product: string; massGrams: number; composition: Record<string, number> }[] | undefined {
    const quantities = this.quantities(list);
    if (quantities === undefined) return undefined;
    if (count !== undefined && quantities.length !== count) return this.refuse(list, `must hold exactly ${count} new lot`);
    const described = Array.isArray(this.e['ytb:lots']) ? (this.e['ytb:lots'] as Record<string, unknown>[]) : [];
    const lots = quantities.map((q, i) => {
      const id = this.lotRef(q.epcClass, `${list}[${i}].epcClass`, true);
      const about = described.find((d) => d['epcClass'] === q.epcClass);
      if (about === undefined) return this.refuse('ytb:lots', `must describe ${String(q.epcClass)}: {"epcClass", "product", "composition"}`);
      if (id === undefined) return undefined;
      return { id, product: about['product'] as string, massGrams: q.grams, composition: about['composition'] as Record<string, number> };
    });
    return lots.every((lot) => lot !== undefined) ? lots : undefined;
  }

  /** A lot URI as the recorder names the lot: its own by the local part (a new lot must be its
   * own), another party's in full. */
  lotRef(uri: unknown, path: string, own: boolean): string | undefined {
    const lot = typeof uri === 'string' ? lotOfUri(uri) : undefined;
    if (lot === undefined) return this.refuse(path, 'must be a Ytterby lot, https://ytterby.example/id/lot/{USCC}/{lot id}');
    if (this.decodedIdentifier(lot.slice(19), path, 'a lot id') === undefined) return undefined;
    if (lot.slice(0, 18) === this.recorder) return lot.slice(19);
    return own ? this.refuse(path, `names a new lot in ${lot.slice(0, 18)}'s namespace; a party makes lots in its own`) : lot;
  }
}
