// The bounds of the EPCIS door, with their reasons (the ledger's own are in src/limits.ts).

/** Events a query page holds at most: GS1 lets a server cap perPage; 1,000 events of ~1 KiB keep a
 * page's mapping well under the request loop's budget. */
export const QUERY_PAGE_MAX = 1_000;

/** A page's size when the client names none. */
export const QUERY_PAGE_DEFAULT = 100;

/** Values one query parameter may list (EQ_bizStep=a|b|…): each is a bound parameter. */
export const QUERY_VALUES_MAX = 100;

/** Capture jobs GET /epcis/capture lists, newest first. */
export const CAPTURE_JOBS_LISTED_MAX = 100;

/** Named queries in the repository: each can carry subscriptions the server runs. */
export const NAMED_QUERIES_MAX = 1_000;

/** Subscriptions per named query. */
export const SUBSCRIPTIONS_PER_QUERY_MAX = 20;

/** Events one callback carries; a subscription further behind catches up over several. */
export const CALLBACK_EVENTS_MAX = 100;

/** A callback receiver has this long to answer before the delivery counts as failed. */
export const CALLBACK_TIMEOUT_MS = 5_000;

/** Events the query index reads from the log per transaction while it catches up. */
export const INDEX_BATCH_EVENTS = 5_000;

/** Bytes of EPCIS JSON the query keeps of events it has written, so a page read again costs no
 * mapping: about 64,000 events of ~1 KiB (a separation run's event is 30 KiB). */
export const EVENT_TEXT_CACHE_BYTES = 64 * 1024 * 1024;

/** Events indexed in one catch-up from which, on PostgreSQL, it renews the tables' statistics (when
 * they are also a tenth or more of the index): below that the planner's picture is near enough. */
export const INDEX_ANALYZE_EVENTS_MIN = 10_000;
