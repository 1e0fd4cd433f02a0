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

/** `pending`: granted but not yet in force. The registry keeps it for the time before a licence first
 * registered with a later `since` took effect, so that work done before then is judged unlicensed. */
export const LICENCE_STATUSES = ['active', 'suspended', 'revoked', 'pending'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export const FACILITY_KINDS = ['mine', 'plant', 'warehouse', 'port', 'disposal-site'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** Total quantity control sets quotas for mining and for separation, by ore type (Order 71). */
export const QUOTA_ACTIVITIES = ['mining', 'separation'] as const;
export type QuotaActivity = (typeof QUOTA_ACTIVITIES)[number];
export const ORE_TYPES = ['rock', 'ionic', 'any'] as const;
export type OreType = (typeof ORE_TYPES)[number];

/** A code's name in each language, as the console and the alerts' Chinese summaries say it. */
export type CodeNames<Code extends string> = Readonly<Record<Code, { readonly zh: string; readonly en: string }>>;

export const PARTY_KIND_NAMES: CodeNames<PartyKind> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  group: { zh: '企业集团', en: 'Group' },
  authority: { zh: '主管部门', en: 'Authority' },
  association: { zh: '行业协会', en: 'Association' },
  auditor: { zh: '审计机构', en: 'Auditor' },
};

export const ENTERPRISE_ROLE_NAMES: CodeNames<EnterpriseRole> = {
  miner: { zh: '开采', en: 'Miner' },
  separator: { zh: '冶炼分离', en: 'Separator' },
  'metal-smelter': { zh: '金属冶炼', en: 'Metal smelter' },
  'magnet-maker': { zh: '磁性材料生产', en: 'Magnet maker' },
  'alloy-maker': { zh: '合金生产', en: 'Alloy maker' },
  'catalyst-maker': { zh: '催化材料生产', en: 'Catalyst maker' },
  'polishing-powder-maker': { zh: '抛光材料生产', en: 'Polishing powder maker' },
  'phosphor-maker': { zh: '发光材料生产', en: 'Phosphor maker' },
  'hydrogen-storage-maker': { zh: '储氢材料生产', en: 'Hydrogen storage alloy maker' },
  recycler: { zh: '综合利用（回收）', en: 'Recycler' },
  trader: { zh: '贸易', en: 'Trader' },
  exporter: { zh: '出口', en: 'Exporter' },
  importer: { zh: '进口', en: 'Importer' },
  'end-user': { zh: '终端用户', en: 'End user' },
  disposer: { zh: '废渣处置', en: 'Residue disposer' },
};

export const PARTY_STATUS_NAMES: CodeNames<PartyStatus> = {
  active: { zh: '正常', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  deregistered: { zh: '注销', en: 'Deregistered' },
};

export const LICENCE_STATUS_NAMES: CodeNames<LicenceStatus> = {
  active: { zh: '有效', en: 'Valid' },
  suspended: { zh: '暂停', en: 'Suspended' },
  revoked: { zh: '吊销', en: 'Revoked' },
  pending: { zh: '尚未生效', en: 'Not yet in force' },
};

/** Licensed activities, quota activities among them. */
export const LICENSED_ACTIVITY_NAMES: CodeNames<LicensedActivity> = {
  mining: { zh: '开采', en: 'Mining' },
  separation: { zh: '冶炼分离', en: 'Separation' },
  'metal-smelting': { zh: '金属冶炼', en: 'Metal smelting' },
  recycling: { zh: '综合利用', en: 'Recycling' },
  export: { zh: '出口', en: 'Export' },
  disposal: { zh: '处置', en: 'Disposal' },
};

export const FACILITY_KIND_NAMES: CodeNames<FacilityKind> = {
  mine: { zh: '矿山', en: 'Mine' },
  plant: { zh: '工厂', en: 'Plant' },
  warehouse: { zh: '仓库', en: 'Warehouse' },
  port: { zh: '口岸', en: 'Port' },
  'disposal-site': { zh: '处置场', en: 'Disposal site' },
};

export const ORE_TYPE_NAMES: CodeNames<OreType> = {
  rock: { zh: '岩矿型', en: 'Rock ore' },
  ionic: { zh: '离子型', en: 'Ion-adsorption clay' },
  any: { zh: '不分矿种', en: 'Any ore' },
};

/** Who the law obliges to keep and enter a monthly product-flow record (Order 785: miners,
 * separators, metal smelters, recyclers and exporters), by role or by a licence for the activity.
 * Magnet makers, traders and final users are not. */
export const REPORTING_ROLES: ReadonlySet<string> = new Set(['miner', 'separator', 'metal-smelter', 'recycler', 'exporter']);
export const REPORTING_ACTIVITIES: ReadonlySet<string> = new Set(['mining', 'separation', 'metal-smelting', 'recycling', 'export']);
