// Versioned schema migrations, applied in order when a store opens. Each migration is written
// once with the few type names that differ between the engines filled in by the dialect.
// A migration, once released, never changes: a new change is a new migration.
import { ELEMENT_SYMBOLS } from '../domain/elements.ts';

export interface ColumnTypes {
  /** 64-bit integer. */
  bigint: string;
  /** Raw bytes (hashes). */
  bytes: string;
  /** Table option clustering rows on their primary key where the engine supports it (SQLite's
   * WITHOUT ROWID saves one b-tree insert per row on text and composite keys). */
  clustered: string;
  /** Table storage option leaving room in each page for updated rows (PostgreSQL's fillfactor, so
   * updates of a lot's balance stay on its page and skip the indexes: "HOT" updates). */
  updatable: string;
  /** For the few statements whose syntax is the engine's own (triggers). */
  engine: 'sqlite' | 'postgres';
}

export interface Migration {
  version: number;
  name: string;
  statements: (types: ColumnTypes) => string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ledger core: registry, documents, events, lots, flows, Merkle nodes',
    statements: ({ bigint, bytes, clustered, updatable }) => [
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE TABLE parties (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        roles TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        region TEXT NOT NULL,
        group_id TEXT REFERENCES parties (id),
        status TEXT NOT NULL,
        created_at TEXT NOT NULL)`,
      `CREATE TABLE licences (
        id TEXT PRIMARY KEY,
        party_id TEXT NOT NULL REFERENCES parties (id),
        activity TEXT NOT NULL,
        scope TEXT NOT NULL,
        capacity_kg_reo ${bigint},
        valid_from TEXT NOT NULL,
        valid_to TEXT NOT NULL,
        status TEXT NOT NULL)`,
      `CREATE INDEX licences_party ON licences (party_id, activity)`,
      `CREATE TABLE facilities (
        id TEXT PRIMARY KEY,
        party_id TEXT NOT NULL REFERENCES parties (id),
        kind TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        region TEXT NOT NULL,
        licence_id TEXT REFERENCES licences (id),
        listed INTEGER NOT NULL)`,
      `CREATE INDEX facilities_party ON facilities (party_id)`,
      `CREATE TABLE quotas (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        batch INTEGER NOT NULL,
        holder_id TEXT NOT NULL REFERENCES parties (id),
        activity TEXT NOT NULL,
        ore_type TEXT NOT NULL,
        reo_kg ${bigint} NOT NULL CHECK (reo_kg >= 0),
        parent_id TEXT REFERENCES quotas (id))`,
      `CREATE INDEX quotas_holder ON quotas (holder_id, year)`,
      `CREATE TABLE party_keys (
        id TEXT PRIMARY KEY,
        party_id TEXT NOT NULL REFERENCES parties (id),
        public_jwk TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        revoked_at TEXT,
        revocation_reason TEXT)`,
      `CREATE INDEX party_keys_party ON party_keys (party_id)`,
      `CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        party_id TEXT NOT NULL,
        key_id TEXT NOT NULL,
        signature TEXT NOT NULL,
        created_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        first_seq ${bigint} NOT NULL,
        event_count INTEGER NOT NULL)`,
      `CREATE UNIQUE INDEX documents_first_seq ON documents (first_seq)`,
      // seq is the event's position in the log from 0, which is also its Merkle leaf index.
      `CREATE TABLE events (
        seq ${bigint} PRIMARY KEY,
        party_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        document_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        event_time TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        body TEXT NOT NULL,
        leaf_hash ${bytes} NOT NULL,
        chain_hash ${bytes} NOT NULL)`,
      `CREATE UNIQUE INDEX events_party_event ON events (party_id, event_id)`,
      // The balance guard: whatever the application computes, the database refuses a lot whose
      // remaining mass would go negative or exceed what the lot was made with.
      `CREATE TABLE lots (
        id TEXT PRIMARY KEY,
        holder_id TEXT NOT NULL,
        product TEXT NOT NULL,
        mass_grams ${bigint} NOT NULL CHECK (mass_grams >= 0),
        mass_grams_remaining ${bigint} NOT NULL
          CHECK (mass_grams_remaining >= 0 AND mass_grams_remaining <= mass_grams),
        elements TEXT NOT NULL,
        status TEXT NOT NULL,
        destination_id TEXT,
        previous_holder_id TEXT,
        created_seq ${bigint} NOT NULL,
        updated_seq ${bigint} NOT NULL)${clustered}${updatable}`,
      // Only the holder is indexed: a balance or status change then touches no index.
      `CREATE INDEX lots_holder ON lots (holder_id)`,
      // Edges between events and lots: direction -1 takes mass out of a lot, +1 puts mass in.
      `CREATE TABLE lot_flows (
        seq ${bigint} NOT NULL,
        ordinal INTEGER NOT NULL,
        lot_id TEXT NOT NULL,
        direction INTEGER NOT NULL CHECK (direction IN (-1, 1)),
        mass_grams ${bigint} NOT NULL CHECK (mass_grams >= 0),
        elements TEXT NOT NULL,
        PRIMARY KEY (seq, ordinal))${clustered}`,
      `CREATE INDEX lot_flows_lot ON lot_flows (lot_id)`,
      `CREATE TABLE merkle_nodes (
        level INTEGER NOT NULL,
        idx ${bigint} NOT NULL,
        hash ${bytes} NOT NULL,
        PRIMARY KEY (level, idx))${clustered}`,
      `CREATE TABLE ledger_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        size ${bigint} NOT NULL,
        chain_hash ${bytes} NOT NULL,
        frontier TEXT NOT NULL,
        updated_at TEXT NOT NULL)`,
    ],
  },
  {
    version: 2,
    name: 'origin attribution and chain-of-custody model on lots',
    // Nullable: a lot recorded before this version has no attribution, and its material counts as
    // untraced wherever it goes (src/domain/attribution.ts).
    statements: () => [
      `ALTER TABLE lots ADD COLUMN origin TEXT`,
      `ALTER TABLE lots ADD COLUMN custody TEXT`,
    ],
  },
  {
    version: 3,
    name: 'supervision: alerts raised by the rules and their case history',
    statements: ({ bigint }) => [
      // One row per finding. The fingerprint names what was found (rule and subject), so a rule
      // that sees the same thing again, at capture or in a re-run check, raises nothing new.
      `CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        rule_id TEXT NOT NULL,
        severity TEXT NOT NULL,
        party_id TEXT NOT NULL,
        period TEXT NOT NULL,
        subject TEXT NOT NULL,
        summary TEXT NOT NULL,
        evidence TEXT NOT NULL,
        status TEXT NOT NULL,
        assignee TEXT,
        raised_at TEXT NOT NULL,
        raised_by TEXT NOT NULL,
        seq ${bigint},
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL)`,
      `CREATE INDEX alerts_party ON alerts (party_id, period)`,
      `CREATE INDEX alerts_status ON alerts (status, rule_id)`,
      `CREATE INDEX alerts_period ON alerts (period, rule_id)`,
      `CREATE TABLE alert_history (
        alert_id TEXT NOT NULL REFERENCES alerts (id),
        version INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        action TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT,
        assignee TEXT,
        note TEXT,
        PRIMARY KEY (alert_id, version))`,
    ],
  },
  {
    version: 4,
    name: 'statistics: the projection of the log into figures, its cursor and its line items',
    statements: ({ bigint }) => {
      const elementColumns = ELEMENT_SYMBOLS.map((symbol) => `${symbol.toLowerCase()} ${bigint} NOT NULL`).join(',\n        ');
      return [
        // How far the projection has read the log: the next seq it reads. Moved in the same
        // transaction as the figures it adds, and only from the value it was read at, so two
        // processes refreshing at once never count an event twice.
        `CREATE TABLE stats_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), seq ${bigint} NOT NULL, updated_at TEXT NOT NULL)`,
        `INSERT INTO stats_cursor (id, seq, updated_at) VALUES (1, 0, '1970-01-01T00:00:00.000Z')`,
        // One row per month, party, measure, activity, product and counterpart: sums kept by the
        // projection, so a figure reads hundreds of rows, not the log.
        `CREATE TABLE stats_facts (
        period TEXT NOT NULL,
        party_id TEXT NOT NULL,
        region TEXT NOT NULL,
        measure TEXT NOT NULL,
        activity TEXT NOT NULL,
        product TEXT NOT NULL,
        counterpart TEXT NOT NULL,
        controlled INTEGER NOT NULL,
        events ${bigint} NOT NULL,
        mass_grams ${bigint} NOT NULL,
        reo_grams ${bigint} NOT NULL,
        ${elementColumns},
        PRIMARY KEY (period, measure, activity, party_id, product, counterpart, controlled))`,
        // What each event added to the figures, one row per event and key: a figure's drill-down
        // is these rows, and they sum to it.
        `CREATE TABLE stats_items (
        seq ${bigint} NOT NULL,
        measure TEXT NOT NULL,
        activity TEXT NOT NULL,
        product TEXT NOT NULL,
        counterpart TEXT NOT NULL,
        controlled INTEGER NOT NULL,
        period TEXT NOT NULL,
        party_id TEXT NOT NULL,
        region TEXT NOT NULL,
        mass_grams ${bigint} NOT NULL,
        reo_grams ${bigint} NOT NULL,
        elements TEXT NOT NULL,
        PRIMARY KEY (seq, measure, activity, product, counterpart, controlled))`,
        `CREATE INDEX stats_items_key ON stats_items (measure, period, region)`,
      ];
    },
  },
  {
    version: 5,
    name: 'API tokens: bearer tokens, stored hashed, each bound to a role and a party',
    statements: () => [
      // Only the SHA-256 of a token is kept: a copy of the database gives nobody a working token.
      `CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        party_id TEXT REFERENCES parties (id),
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT)`,
    ],
  },
  {
    version: 6,
    name: 'EPCIS: capture jobs, the query index of the log, named queries and subscriptions',
    statements: ({ bigint }) => [
      // A capture job keeps the document it was given until it finishes, so a server stopped
      // mid-job runs it again when it starts (capture is idempotent: a replay records nothing).
      `CREATE TABLE epcis_capture_jobs (
        id TEXT PRIMARY KEY,
        party_id TEXT NOT NULL,
        token_id TEXT NOT NULL,
        error_behaviour TEXT NOT NULL,
        document TEXT,
        signatures TEXT NOT NULL,
        running INTEGER NOT NULL,
        success INTEGER NOT NULL,
        errors TEXT NOT NULL,
        events_recorded INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        finished_at TEXT)`,
      `CREATE INDEX epcis_capture_jobs_running ON epcis_capture_jobs (running)`,
      // The query index: each event of the log as EPCIS sees it, derived from events.body by
      // src/epcis/index-log.ts and rebuildable from it; a cursor says how far it has read.
      `CREATE TABLE epcis_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), seq ${bigint} NOT NULL)`,
      `INSERT INTO epcis_cursor (id, seq) VALUES (1, 0)`,
      `CREATE TABLE epcis_events (
        seq ${bigint} PRIMARY KEY,
        party_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        action TEXT,
        event_time_ms ${bigint} NOT NULL,
        record_time_ms ${bigint} NOT NULL,
        biz_step TEXT NOT NULL,
        disposition TEXT,
        biz_location TEXT)`,
      // Each index ends with seq (or event time then seq), the order a page is read in, so a
      // filtered page is an index range read in order that stops after the page.
      `CREATE INDEX epcis_events_party ON epcis_events (party_id, seq)`,
      `CREATE INDEX epcis_events_party_step ON epcis_events (party_id, biz_step, seq)`,
      `CREATE INDEX epcis_events_step ON epcis_events (biz_step, seq)`,
      `CREATE INDEX epcis_events_time ON epcis_events (event_time_ms, seq)`,
      `CREATE INDEX epcis_events_type_time ON epcis_events (event_type, event_time_ms, seq)`,
      `CREATE INDEX epcis_events_party_time ON epcis_events (party_id, event_time_ms, seq)`,
      `CREATE INDEX epcis_events_record ON epcis_events (record_time_ms)`,
      `CREATE INDEX epcis_events_location ON epcis_events (biz_location, seq)`,
      `CREATE INDEX epcis_events_id ON epcis_events (event_id)`,
      // Each class (lot) an event names, with its role in the event and its quantity in grams.
      `CREATE TABLE epcis_classes (
        seq ${bigint} NOT NULL,
        role TEXT NOT NULL,
        epc_class TEXT NOT NULL,
        quantity_grams ${bigint} NOT NULL,
        PRIMARY KEY (seq, role, epc_class))`,
      `CREATE INDEX epcis_classes_class ON epcis_classes (epc_class, seq)`,
      `CREATE TABLE epcis_queries (
        name TEXT PRIMARY KEY,
        owner_token_id TEXT NOT NULL,
        role TEXT NOT NULL,
        party_id TEXT,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL)`,
      // A subscription delivers what its query finds past the last seq it delivered; its secret
      // keys the HMAC of each callback, so it is kept (a callback's receiver holds it too).
      `CREATE TABLE epcis_subscriptions (
        id TEXT PRIMARY KEY,
        query_name TEXT NOT NULL REFERENCES epcis_queries (name) ON DELETE CASCADE,
        dest TEXT NOT NULL,
        secret TEXT NOT NULL,
        after_seq ${bigint} NOT NULL,
        created_at TEXT NOT NULL,
        last_delivered_at TEXT,
        last_error TEXT)`,
    ],
  },
  {
    version: 7,
    name: 'reporting: the monthly reports submitted, per party and month, for the reporting calendar',
    statements: () => [
      // One row per document recorded through reporting (spreadsheet, form, ytterby import) and
      // month it reports on: what the calendar shows without reading the log. submitted_at is when
      // the ledger recorded the document, so a replay adds nothing.
      `CREATE TABLE report_submissions (
        document_id TEXT NOT NULL,
        period TEXT NOT NULL,
        party_id TEXT NOT NULL REFERENCES parties (id),
        source TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        events INTEGER NOT NULL,
        corrections INTEGER NOT NULL,
        kinds TEXT NOT NULL,
        PRIMARY KEY (document_id, period))`,
      `CREATE INDEX report_submissions_party ON report_submissions (party_id, period)`,
      `CREATE INDEX report_submissions_period ON report_submissions (period, party_id)`,
    ],
  },
  {
    version: 8,
    name: 'passports: each lot\'s issued passport, kept so that it reads the same every time',
    statements: ({ bigint }) => [
      `CREATE TABLE passports (
        lot_id TEXT PRIMARY KEY REFERENCES lots (id),
        party_id TEXT NOT NULL,
        gtin TEXT NOT NULL,
        batch TEXT NOT NULL,
        digital_link TEXT NOT NULL,
        tree_size ${bigint} NOT NULL,
        issued_at TEXT NOT NULL,
        body TEXT NOT NULL,
        qr_svg TEXT NOT NULL)`,
      // The GS1 Digital Link's key (GTIN and batch/lot) finds the passport a label's QR code names.
      `CREATE UNIQUE INDEX passports_link ON passports (gtin, batch)`,
    ],
  },
  {
    version: 9,
    name: 'registry version: a counter that every change to the registry moves, so a capture stream may keep what it read',
    statements: ({ bigint, engine }) => {
      // Everything the capture path reads of the registry: parties, keys, facilities, licences,
      // quotas, and the rules' configuration (in meta).
      const tables = ['parties', 'party_keys', 'facilities', 'licences', 'quotas', 'meta'];
      const bump = 'UPDATE registry_version SET version = version + 1 WHERE id = 1';
      return [
        `CREATE TABLE registry_version (id INTEGER PRIMARY KEY CHECK (id = 1), version ${bigint} NOT NULL)`,
        `INSERT INTO registry_version (id, version) VALUES (1, 0)`,
        ...(engine === 'postgres'
          ? [
            // The schema the function was made in, whatever the search path of the session
            // that changes the registry.
            `CREATE FUNCTION registry_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
              BEGIN ${bump}; RETURN NULL; END $$`,
            ...tables.map((table) => `CREATE TRIGGER ${table}_registry_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
              FOR EACH STATEMENT EXECUTE FUNCTION registry_changed()`),
          ]
          : tables.flatMap((table) => ['INSERT', 'UPDATE', 'DELETE'].map((change) =>
            `CREATE TRIGGER ${table}_${change.toLowerCase()}_registry_version AFTER ${change} ON ${table} BEGIN ${bump}; END`))),
      ];
    },
  },
  {
    version: 10,
    name: 'state hash of each lot: the capture refuses to build on a row altered outside the ledger',
    // SHA-256 of the row's other columns as the capture wrote them (src/store/lot-rows.ts). Rows
    // written before this migration have none: the deep check (verify --deep) still proves them.
    statements: () => ['ALTER TABLE lots ADD COLUMN state_hash TEXT'],
  },
  {
    version: 11,
    name: 'registry history: each earlier version of a party, licence or facility, with when it held, so events are judged by the registry of their time',
    statements: () => [
      // The registry tables hold each record as it stands now; a change keeps the version it
      // replaces here, closed at the time the change took effect (valid_to). A version holds from
      // the valid_to of the one before it (valid_from; NULL for the first) until its own valid_to.
      // Written in the same transaction as the change to the registry table, whose trigger moves
      // the registry version, so this table needs none of its own.
      `CREATE TABLE registry_history (
        entity TEXT NOT NULL CHECK (entity IN ('parties', 'licences', 'facilities')),
        id TEXT NOT NULL,
        party_id TEXT NOT NULL,
        valid_from TEXT,
        valid_to TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (entity, id, valid_to))`,
      // The capture path reads the history of the parties a document involves, with their
      // licences and facilities, in one query.
      `CREATE INDEX registry_history_party ON registry_history (party_id)`,
      `CREATE INDEX registry_history_id ON registry_history (id)`,
    ],
  },
  {
    version: 12,
    name: 'the reporting calendar reads every document of the log, through whatever door it came (CLI, API, EPCIS, spreadsheet, forms)',
    // report_submissions was written only by the spreadsheet, the forms and `ytterby import`; the
    // calendar now fills it from the log itself, from where it last stopped, as the EPCIS index does.
    statements: ({ bigint }) => [
      `CREATE TABLE report_calendar_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), seq ${bigint} NOT NULL)`,
      `INSERT INTO report_calendar_cursor (id, seq) VALUES (1, 0)`,
    ],
  },
];

export const SCHEMA_VERSION_LATEST = MIGRATIONS[MIGRATIONS.length - 1]!.version;
