// The database schema, typed once for Kysely and used by both engines. Column types are the
// values as the application sees them: integers that may exceed 2^31 are read as numbers
// (grams stay below 2^53, see limits.ts), hashes as Buffers, JSON columns as text.

export interface MetaTable {
  key: string;
  value: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface PartiesTable {
  id: string;
  kind: string;
  roles: string;
  name_zh: string;
  name_en: string;
  region: string;
  group_id: string | null;
  status: string;
  created_at: string;
}

export interface LicencesTable {
  id: string;
  party_id: string;
  activity: string;
  scope: string;
  capacity_kg_reo: number | null;
  valid_from: string;
  valid_to: string;
  status: string;
}

export interface FacilitiesTable {
  id: string;
  party_id: string;
  kind: string;
  name_zh: string;
  name_en: string;
  region: string;
  licence_id: string | null;
  listed: number;
}

export interface QuotasTable {
  id: string;
  year: number;
  batch: number;
  holder_id: string;
  activity: string;
  ore_type: string;
  reo_kg: number;
  parent_id: string | null;
}

/** An earlier version of a party, licence or facility (migration 10). */
export interface RegistryHistoryTable {
  entity: 'parties' | 'licences' | 'facilities';
  id: string;
  /** The party the record is or belongs to. */
  party_id: string;
  /** ISO 8601 UTC instant; null: since the record was first imported. */
  valid_from: string | null;
  /** ISO 8601 UTC instant at which the next version took over. */
  valid_to: string;
  /** The row as it stood, JSON with the columns of the entity's table. */
  body: string;
}

export interface PartyKeysTable {
  id: string;
  party_id: string;
  public_jwk: string;
  valid_from: string;
  valid_to: string | null;
  revoked_at: string | null;
  revocation_reason: string | null;
}

export interface DocumentsTable {
  id: string;
  party_id: string;
  key_id: string;
  signature: string;
  created_at: string;
  recorded_at: string;
  first_seq: number;
  event_count: number;
}

export interface EventsTable {
  seq: number;
  party_id: string;
  event_id: string;
  document_id: string;
  kind: string;
  event_time: string;
  recorded_at: string;
  body: string;
  leaf_hash: Buffer;
  chain_hash: Buffer;
}

export interface LotsTable {
  id: string;
  holder_id: string;
  product: string;
  mass_grams: number;
  mass_grams_remaining: number;
  elements: string;
  status: string;
  destination_id: string | null;
  previous_holder_id: string | null;
  created_seq: number;
  updated_seq: number;
  /** JSON of source → element grams (src/domain/attribution.ts); null for lots recorded before it was kept. */
  origin: string | null;
  custody: string | null;
  /** SHA-256 (hex) of the other columns as the capture wrote them (lot-rows.ts); null for rows
   * written before migration 10. */
  state_hash: string | null;
}

export interface LotFlowsTable {
  seq: number;
  ordinal: number;
  lot_id: string;
  direction: number;
  mass_grams: number;
  elements: string;
}

export interface MerkleNodesTable {
  level: number;
  idx: number;
  hash: Buffer;
}

export interface LedgerHeadTable {
  id: number;
  size: number;
  chain_hash: Buffer;
  frontier: string;
  updated_at: string;
}

export interface AlertsTable {
  id: string;
  /** What was found, as rule and subject: unique, so a finding is raised once. */
  fingerprint: string;
  rule_id: string;
  severity: string;
  /** The party the finding is about (an enterprise, or a group for a group's quota). */
  party_id: string;
  /** Reporting period the finding belongs to, YYYY-MM (Asia/Shanghai). */
  period: string;
  /** What the finding is about: a lot, an event (PARTY:EVENT), a licence, a quota. */
  subject: string;
  summary: string;
  /** JSON: the figures, events and lots, and the rule's thresholds. */
  evidence: string;
  status: string;
  assignee: string | null;
  raised_at: string;
  /** 'capture' (in the transaction of the document that showed it) or 'check' (a period check). */
  raised_by: string;
  /** The log position of the event that showed it, for capture-time findings. */
  seq: number | null;
  updated_at: string;
  /** Number of history entries; each move checks it, so two reviewers cannot both move one state. */
  version: number;
}

export interface AlertHistoryTable {
  alert_id: string;
  version: number;
  at: string;
  actor: string;
  actor_role: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  assignee: string | null;
  note: string | null;
}

/** Element grams of a statistics row, one column per element (lower-case symbol). */
export interface ElementColumns {
  sc: number; y: number; la: number; ce: number; pr: number; nd: number; pm: number; sm: number; eu: number;
  gd: number; tb: number; dy: number; ho: number; er: number; tm: number; yb: number; lu: number;
}

export interface StatsCursorTable {
  id: number;
  /** The next seq the statistics projection reads. */
  seq: number;
  updated_at: string;
}

/** Sums of the projection (src/stats/project.ts) by month, party, measure, activity, product and counterpart. */
export interface StatsFactsTable extends ElementColumns {
  /** YYYY-MM of the event's time, Asia/Shanghai. */
  period: string;
  party_id: string;
  /** The party's region (GB/T 2260) when the event was projected. */
  region: string;
  measure: string;
  /** For made and consumed: the kind of process (separation, recycling…); '' otherwise. */
  activity: string;
  product: string;
  /** Country of an import or export; '' otherwise. */
  counterpart: string;
  /** 1 for exports that needed a licence under the export controls of their day. */
  controlled: number;
  events: number;
  mass_grams: number;
  reo_grams: number;
}

/** One event's share of one stats_facts row. */
export interface StatsItemsTable {
  seq: number;
  measure: string;
  activity: string;
  product: string;
  counterpart: string;
  controlled: number;
  period: string;
  party_id: string;
  region: string;
  mass_grams: number;
  reo_grams: number;
  /** JSON of element → grams. */
  elements: string;
}

export interface ApiTokensTable {
  id: string;
  /** SHA-256 of the token, hex: the token itself is shown once, when made, and never stored. */
  token_hash: string;
  name: string;
  role: string;
  /** The party an enterprise token acts for; null for the other roles. */
  party_id: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface EpcisCaptureJobsTable {
  id: string;
  party_id: string;
  token_id: string;
  /** GS1-Capture-Error-Behaviour: 'rollback' or 'proceed'. */
  error_behaviour: string;
  /** The EPCIS document as sent, until the job finishes (then null). */
  document: string | null;
  /** JSON array of the detached JWS the capture came with. */
  signatures: string;
  running: number;
  success: number;
  /** JSON array of RFC 7807 problems. */
  errors: string;
  events_recorded: number;
  created_at: string;
  finished_at: string | null;
}

export interface EpcisCursorTable {
  id: number;
  /** The next seq the EPCIS query index reads. */
  seq: number;
}

/** One event of the log as an EPCIS query filters it (src/epcis/index-log.ts). */
export interface EpcisEventsTable {
  seq: number;
  party_id: string;
  event_id: string;
  event_type: string;
  action: string | null;
  event_time_ms: number;
  record_time_ms: number;
  biz_step: string;
  disposition: string | null;
  biz_location: string | null;
}

export interface EpcisClassesTable {
  seq: number;
  /** 'quantity', 'input' or 'output': the list of the EPCIS event the class is in. */
  role: string;
  epc_class: string;
  quantity_grams: number;
}

export interface EpcisQueriesTable {
  name: string;
  owner_token_id: string;
  /** The role and party of its maker: a named query sees what its maker sees. */
  role: string;
  party_id: string | null;
  /** JSON of the query's parameters. */
  query: string;
  created_at: string;
}

export interface EpcisSubscriptionsTable {
  id: string;
  query_name: string;
  dest: string;
  secret: string;
  /** The last seq delivered; the next callback carries what the query finds after it. */
  after_seq: number;
  created_at: string;
  last_delivered_at: string | null;
  last_error: string | null;
}

export interface ReportCalendarCursorTable {
  id: number;
  /** The next seq the reporting calendar reads (src/reporting/calendar.ts). */
  seq: number;
}

/** A document of the log as the reporting calendar counts it (migrations 7 and 12): one row per
 * document and month it reports on. */
export interface ReportSubmissionsTable {
  document_id: string;
  /** YYYY-MM, Asia/Shanghai. */
  period: string;
  party_id: string;
  /** spreadsheet | form | cli (ytterby import), or ledger: found in the log by the calendar (capture, API, EPCIS, the demo) */
  source: string;
  submitted_at: string;
  events: number;
  corrections: number;
  /** JSON: event kind → events of it (a correction counted under its replacement's kind). */
  kinds: string;
}

export interface PassportsTable {
  lot_id: string;
  /** The lot's maker, who issued it (or had a regulator issue it). */
  party_id: string;
  gtin: string;
  /** The GS1 batch/lot (AI 10) of the Digital Link. */
  batch: string;
  digital_link: string;
  /** The log size of the passport's checkpoint. */
  tree_size: number;
  issued_at: string;
  /** The passport, JSON-LD as issued and signed. */
  body: string;
  qr_svg: string;
}

export interface Database {
  meta: MetaTable;
  schema_migrations: SchemaMigrationsTable;
  parties: PartiesTable;
  licences: LicencesTable;
  facilities: FacilitiesTable;
  quotas: QuotasTable;
  party_keys: PartyKeysTable;
  registry_history: RegistryHistoryTable;
  documents: DocumentsTable;
  events: EventsTable;
  lots: LotsTable;
  lot_flows: LotFlowsTable;
  merkle_nodes: MerkleNodesTable;
  ledger_head: LedgerHeadTable;
  alerts: AlertsTable;
  alert_history: AlertHistoryTable;
  stats_cursor: StatsCursorTable;
  stats_facts: StatsFactsTable;
  stats_items: StatsItemsTable;
  api_tokens: ApiTokensTable;
  epcis_capture_jobs: EpcisCaptureJobsTable;
  epcis_cursor: EpcisCursorTable;
  epcis_events: EpcisEventsTable;
  epcis_classes: EpcisClassesTable;
  epcis_queries: EpcisQueriesTable;
  epcis_subscriptions: EpcisSubscriptionsTable;
  report_submissions: ReportSubmissionsTable;
  report_calendar_cursor: ReportCalendarCursorTable;
  passports: PassportsTable;
}

