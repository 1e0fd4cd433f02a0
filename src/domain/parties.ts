// Who takes part in the chain and what they may be licensed for (shared/DOMAIN.md, "Law and rules").

export const PARTY_KINDS = ['enterprise', 'group', 'authority', 'association', 'auditor'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const ENTERPRISE_ROLES = [
  'miner',
  'separator',
  'metal-smelter',
  'magnet-maker',
  'alloy-maker',
  'catalyst-maker',
  'polishing-powder-maker',
  'phosphor-maker',
  'hydrogen-storage-maker',
  'recycler',
  'trader',
  'exporter',
  'importer',
  'end-user',
  'disposer',
] as const;
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];

export const PARTY_STATUSES = ['active', 'suspended', 'deregistered'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];

/** Activities that need a licence under the Rare Earth Management Regulations (State Council
 * Order 785) and the export-control announcements. */
export const LICENSED_ACTIVITIES = ['mining', 'separation', 'metal-smelting', 'recycling', 'export', 'disposal'] as const;
export type LicensedActivity = (typeof LICENSED_ACTIVITIES)[number];

export const LICENCE_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export const FACILITY_KINDS = ['mine', 'plant', 'warehouse', 'port', 'disposal-site'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** Total quantity control sets quotas for mining and for separation, by ore type (Order 71). */
export const QUOTA_ACTIVITIES = ['mining', 'separation'] as const;
export type QuotaActivity = (typeof QUOTA_ACTIVITIES)[number];
export const ORE_TYPES = ['rock', 'ionic', 'any'] as const;
export type OreType = (typeof ORE_TYPES)[number];
