// The capture document format (docs/capture-format.md), as TypeBox schemas: one definition gives
// the static types, the validator and, later, the OpenAPI description.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { EVENTS_PER_DOCUMENT_MAX, LOT_MASS_GRAMS_MAX, PROCESS_LOTS_MAX } from '../limits.ts';
import { CUSTODY_MODELS } from '../domain/attribution.ts';
import { END_USE_SECTORS } from '../domain/end-use.ts';
import { DateTime, Identifier, PartyId, StringEnum, Text } from '../schemas.ts';

export const CAPTURE_FORMAT = 'ytterby-capture/1';

const MassGrams = Type.Integer({ minimum: 1, maximum: LOT_MASS_GRAMS_MAX });
const Country = Type.String({ pattern: '^[A-Z]{2}$' });
/** Element symbol → integer grams of element metal; symbols and sums are checked by the domain. */
const Composition = Type.Record(Type.String(), Type.Integer({ minimum: 0, maximum: LOT_MASS_GRAMS_MAX }));

export const NewLot = Type.Object(
  { id: Identifier, product: Identifier, massGrams: MassGrams, composition: Composition },
  { additionalProperties: false },
);

// The models live with the attribution they govern; the capture format names them here as before.
export { CUSTODY_MODELS };
export const DISPOSAL_METHODS = ['tailings-storage', 'radioactive-waste-storage', 'landfill', 'incineration', 'other'] as const;

const common = { id: Identifier, time: DateTime, note: Type.Optional(Text) };
const strict = { additionalProperties: false } as const;

export const ExtractEvent = Type.Object({ ...common, kind: Type.Literal('extract'), facility: Identifier, lot: NewLot }, strict);
export const ProcessEvent = Type.Object(
  {
    ...common,
    kind: Type.Literal('process'),
    facility: Type.Optional(Identifier),
    inputs: Type.Array(Type.Object({ lot: Identifier, massGrams: MassGrams }, strict), { minItems: 1, maxItems: PROCESS_LOTS_MAX }),
    outputs: Type.Array(NewLot, { minItems: 1, maxItems: PROCESS_LOTS_MAX }),
    custody: Type.Optional(StringEnum(CUSTODY_MODELS)),
  },
  strict,
);
export const ShipEvent = Type.Object(
  { ...common, kind: Type.Literal('ship'), lot: Identifier, massGrams: MassGrams, to: PartyId, shipmentLot: Type.Optional(Identifier) },
  strict,
);
export const ReceiveEvent = Type.Object({ ...common, kind: Type.Literal('receive'), lot: Identifier, massGrams: Type.Integer({ minimum: 0, maximum: LOT_MASS_GRAMS_MAX }) }, strict);
export const ExportEvent = Type.Object(
  {
    ...common,
    kind: Type.Literal('export'),
    lot: Identifier,
    massGrams: MassGrams,
    destinationCountry: Country,
    licence: Type.Optional(Identifier),
    customsDeclaration: Type.Optional(Identifier),
  },
  strict,
);
/** A lot leaving the regulated chain to a final user at home; `customer.id` is its USCC. */
export const DeliverEvent = Type.Object(
  {
    ...common,
    kind: Type.Literal('deliver'),
    lot: Identifier,
    massGrams: MassGrams,
    customer: Type.Object({ name: Text, id: Type.Optional(PartyId) }, strict),
    sector: StringEnum(END_USE_SECTORS),
    contract: Type.Optional(Identifier),
  },
  strict,
);
export const ImportEvent = Type.Object(
  { ...common, kind: Type.Literal('import'), lot: NewLot, originCountry: Country, customsDeclaration: Type.Optional(Identifier) },
  strict,
);
export const CollectEvent = Type.Object(
  {
    ...common,
    kind: Type.Literal('collect'),
    facility: Type.Optional(Identifier),
    lot: NewLot,
    supplier: Type.Object({ name: Text, id: Type.Optional(Identifier) }, strict),
  },
  strict,
);
export const DisposeEvent = Type.Object(
  {
    ...common,
    kind: Type.Literal('dispose'),
    facility: Type.Optional(Identifier),
    lot: Identifier,
    massGrams: MassGrams,
    method: StringEnum(DISPOSAL_METHODS),
  },
  strict,
);
export const AdjustEvent = Type.Object(
  {
    ...common,
    kind: Type.Literal('adjust'),
    lot: Identifier,
    deltaGrams: Type.Integer({ minimum: -LOT_MASS_GRAMS_MAX, maximum: LOT_MASS_GRAMS_MAX, not: { const: 0 } }),
    reason: Text,
    composition: Type.Optional(Composition),
  },
  strict,
);

/** Every kind but `correct`, which may carry one of these as its replacement. */
export const PLAIN_EVENT_SCHEMAS = {
  extract: ExtractEvent,
  process: ProcessEvent,
  ship: ShipEvent,
  receive: ReceiveEvent,
  export: ExportEvent,
  deliver: DeliverEvent,
  import: ImportEvent,
  collect: CollectEvent,
  dispose: DisposeEvent,
  adjust: AdjustEvent,
} as const;

export const CorrectEvent = Type.Object(
  {
    ...common,
    kind: Type.Literal('correct'),
    corrects: Identifier,
    reason: Text,
    replacement: Type.Optional(Type.Union(Object.values(PLAIN_EVENT_SCHEMAS) as TSchema[])),
  },
  strict,
);

export const EVENT_SCHEMAS = { ...PLAIN_EVENT_SCHEMAS, correct: CorrectEvent } as const;
export type EventKind = keyof typeof EVENT_SCHEMAS;
export const EVENT_KINDS = Object.keys(EVENT_SCHEMAS) as EventKind[];

export type ExtractEvent = Static<typeof ExtractEvent>;
export type ProcessEvent = Static<typeof ProcessEvent>;
export type ShipEvent = Static<typeof ShipEvent>;
export type ReceiveEvent = Static<typeof ReceiveEvent>;
export type ExportEvent = Static<typeof ExportEvent>;
export type DeliverEvent = Static<typeof DeliverEvent>;
export type ImportEvent = Static<typeof ImportEvent>;
export type CollectEvent = Static<typeof CollectEvent>;
export type DisposeEvent = Static<typeof DisposeEvent>;
export type AdjustEvent = Static<typeof AdjustEvent>;
export type NewLot = Static<typeof NewLot>;
export type PlainEvent =
  | ExtractEvent
  | ProcessEvent
  | ShipEvent
  | ReceiveEvent
  | ExportEvent
  | DeliverEvent
  | ImportEvent
  | CollectEvent
  | DisposeEvent
  | AdjustEvent;
export type CorrectEvent = Omit<Static<typeof CorrectEvent>, 'replacement'> & { replacement?: PlainEvent };
export type LedgerEvent = PlainEvent | CorrectEvent;

/** The envelope; events are checked one by one against the schema of their kind, so an error
 * names the event and the field instead of listing every kind the event failed to match. */
export const CaptureDocumentEnvelope = Type.Object(
  {
    format: Type.Literal(CAPTURE_FORMAT),
    party: PartyId,
    keyId: Identifier,
    createdAt: DateTime,
    events: Type.Array(Type.Object({ kind: StringEnum(EVENT_KINDS) }), {
      minItems: 1,
      maxItems: EVENTS_PER_DOCUMENT_MAX,
    }),
  },
  strict,
);

export interface CaptureDocument {
  format: typeof CAPTURE_FORMAT;
  party: string;
  keyId: string;
  createdAt: string;
  events: LedgerEvent[];
}

/** A document with its detached JWS (RFC 7515 Appendix F) over the document's canonical JSON. */
export const SignedCaptureDocument = Type.Object(
  { document: Type.Unknown(), signature: Type.String({ pattern: '^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+$' }) },
  strict,
);
export interface SignedCaptureDocument {
  document: CaptureDocument;
  signature: string;
}
