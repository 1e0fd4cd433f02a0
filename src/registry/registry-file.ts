// The registry import file: what a regulator loads with `ytterby registry import FILE`.
import { Type, type Static } from '@sinclair/typebox';
import {
  ENTERPRISE_ROLES,
  FACILITY_KINDS,
  LICENCE_STATUSES,
  LICENSED_ACTIVITIES,
  ORE_TYPES,
  PARTY_KINDS,
  PARTY_STATUSES,
  QUOTA_ACTIVITIES,
} from '../domain/parties.ts';
import { DateTime, Identifier, IsoDate, StringEnum, Text } from '../schemas.ts';

const PartyId = Type.String({ minLength: 1, maxLength: 18 });
const Region = Type.String();
const strict = { additionalProperties: false } as const;

export const PartyInput = Type.Object(
  {
    id: PartyId,
    kind: StringEnum(PARTY_KINDS),
    roles: Type.Optional(Type.Array(StringEnum(ENTERPRISE_ROLES), { uniqueItems: true })),
    nameZh: Text,
    nameEn: Text,
    region: Region,
    group: Type.Optional(PartyId),
    status: Type.Optional(StringEnum(PARTY_STATUSES)),
    /** When what this record says took effect (a suspension, a revocation, a mine re-pointed to
     * its renewed licence); by default when the file is imported. Events before it are judged by
     * the record as it stood before. */
    since: Type.Optional(DateTime),
  },
  strict,
);

export const LicenceInput = Type.Object(
  {
    id: Identifier,
    party: PartyId,
    activity: StringEnum(LICENSED_ACTIVITIES),
    scope: Type.Optional(
      Type.Object({ products: Type.Optional(Type.Array(Identifier)), elements: Type.Optional(Type.Array(Type.String())) }, strict),
    ),
    capacityTonnesReo: Type.Optional(Type.Number({ minimum: 0, maximum: 1e7 })),
    validFrom: IsoDate,
    validTo: IsoDate,
    status: Type.Optional(StringEnum(LICENCE_STATUSES)),
    /** When what this record says took effect (a suspension, a revocation, a mine re-pointed to
     * its renewed licence); by default when the file is imported. Events before it are judged by
     * the record as it stood before. */
    since: Type.Optional(DateTime),
  },
  strict,
);

export const FacilityInput = Type.Object(
  {
    id: Identifier,
    party: PartyId,
    kind: StringEnum(FACILITY_KINDS),
    nameZh: Text,
    nameEn: Text,
    region: Region,
    licence: Type.Optional(Identifier),
    /** For mines: on the groups' published list of mines (package labels must name it). */
    listed: Type.Optional(Type.Boolean()),
    /** When what this record says took effect (a suspension, a revocation, a mine re-pointed to
     * its renewed licence); by default when the file is imported. Events before it are judged by
     * the record as it stood before. */
    since: Type.Optional(DateTime),
  },
  strict,
);

export const QuotaInput = Type.Object(
  {
    id: Identifier,
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    batch: Type.Integer({ minimum: 1, maximum: 12 }),
    holder: PartyId,
    activity: StringEnum(QUOTA_ACTIVITIES),
    oreType: StringEnum(ORE_TYPES),
    tonnesReo: Type.Number({ minimum: 0, maximum: 1e7 }),
    allocatedFrom: Type.Optional(Identifier),
  },
  strict,
);

export const KeyInput = Type.Object(
  {
    party: PartyId,
    publicJwk: Type.Object({ kty: Type.String(), crv: Type.String(), x: Type.String() }),
    validFrom: DateTime,
    validTo: Type.Optional(DateTime),
    revokedAt: Type.Optional(DateTime),
    revocationReason: Type.Optional(Text),
  },
  strict,
);

export const RegistryFile = Type.Object(
  {
    parties: Type.Optional(Type.Array(PartyInput)),
    licences: Type.Optional(Type.Array(LicenceInput)),
    facilities: Type.Optional(Type.Array(FacilityInput)),
    quotas: Type.Optional(Type.Array(QuotaInput)),
    keys: Type.Optional(Type.Array(KeyInput)),
  },
  strict,
);

export type PartyInput = Static<typeof PartyInput>;
export type LicenceInput = Static<typeof LicenceInput>;
export type FacilityInput = Static<typeof FacilityInput>;
export type QuotaInput = Static<typeof QuotaInput>;
export type KeyInput = Static<typeof KeyInput>;
export type RegistryFile = Static<typeof RegistryFile>;
