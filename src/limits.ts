// Every bound the ledger enforces, in one place, with the reason beside it (TigerBeetle's
// "put a limit on everything"). Inputs beyond these are refused, never truncated.

/** Events in one capture document: large enough for a month of a big plant, small enough that
 * one document's transaction stays well under a second on either engine. */
export const EVENTS_PER_DOCUMENT_MAX = 10_000;

/** A capture document's serialized size. 10,000 events of ~1 KiB each fit with room to spare. */
export const DOCUMENT_BYTES_MAX = 32 * 1024 * 1024;

/** One lot or movement: a million tonnes. No single lot in the chain comes near; a larger figure
 * is a unit error (kg or mg typed as g). Kept far below 2^53 so sums of many lots stay exact. */
export const LOT_MASS_GRAMS_MAX = 1_000_000_000_000;

/** Inputs or outputs of one processing event. */
export const PROCESS_LOTS_MAX = 200;

/** Identifiers typed by enterprises (event ids, lot ids, facility ids). GS1 Digital Link URIs
 * of a lot fit in 200 characters. */
export const IDENTIFIER_LENGTH_MAX = 200;

/** Characters of one path parameter of a URL, as sent (percent-encoded): a lot id of
 * IDENTIFIER_LENGTH_MAX characters after its maker's USCC, each character up to 9 encoded bytes
 * (%XX of a 3-byte UTF-8 sequence). Fastify's default of 100 answered "no route" for a lot id of
 * more than about 80 characters. */
export const URL_PARAM_CHARS_MAX = 2_048;

/** Free text (notes, reasons). */
export const TEXT_LENGTH_MAX = 2_000;

/** An event may be recorded after the fact, but not dated in the future beyond clock skew. */
export const CLOCK_SKEW_MS_MAX = 5 * 60 * 1000;

/** No event predates the traceability system's earliest plausible record. */
export const EVENT_TIME_MIN = '2000-01-01T00:00:00Z';

/** Lots listed per page by `ytterby lots` and the API. */
export const LOTS_PAGE_MAX = 1_000;

/** Lots read by one statement when the server coalesces concurrent single-lot reads
 * (src/server/lot-reads.ts): a burst of requests is a few hundred at most; SQLite's IN list
 * prepares one statement per count, so this also bounds how many it keeps. */
export const LOT_READS_BATCH_MAX = 100;

/** Interior Merkle nodes are stored from this level up (subtrees of 2^8 = 256 leaves); smaller
 * subtrees are recomputed from the events' leaf hashes, which costs at most 255 hashes. */
export const MERKLE_STORED_LEVEL_MIN = 8;

/** Events read per round trip when `verify` streams the ledger: about 1.4 MB of rows, so a batch
 * and the next one read ahead stay within a core's cache and die young; 4,000 or 20,000 made
 * verify 10–20% slower on the 2-core bench machine. */
export const VERIFY_BATCH_EVENTS = 2_000;

/** Events the deep check (`verify --deep`) reads per round trip, with their lot_flows rows: large
 * enough that the round trips cost little beside the replay, small enough that the bodies of a batch
 * are a few MB. */
export const AUDIT_BATCH_EVENTS = 5_000;

/** Lots the deep check reads per page when it compares the lots table with its replay. */
export const AUDIT_LOT_PAGE = 5_000;

/** The deep check compares rows on a second thread from this many events up: the thread takes
 * about as long to start (0.75 s on the 2-core bench machine) as comparing the rows of some
 * 50,000 events takes this one. */
export const AUDIT_WORKER_EVENTS_MIN = 100_000;

/** Requests (a batch's events or flows, a page of lots) the deep check's replay may have waiting on
 * its reading thread: enough to ride out a slow read, few enough that the rows waiting are a few MB. */
export const AUDIT_REQUESTS_AHEAD_MAX = 6;

/** Events `verify` checks as one chunk, on one thread, reading each row once: a complete aligned
 * Merkle subtree (2^16 leaves), so chunks combine by their subtree hashes alone. Large enough that
 * a chunk's fixed costs (its documents and Merkle nodes, the rest of a document that runs past its
 * end, at most EVENTS_PER_DOCUMENT_MAX events) stay small beside it; small enough that a million
 * events make 16 chunks to share out between cores. */
export const VERIFY_CHUNK_EVENTS = 2 ** 16;

/** Capture documents a writer thread commits in one transaction when they have queued up behind
 * a commit: one fsync for several documents, each still all or nothing (a savepoint of its own).
 * With IN_FLIGHT_DOCUMENTS_MAX documents in flight a group rarely exceeds that; this bounds it. */
export const GROUP_COMMIT_DOCUMENTS_MAX = 8;

/** Documents a pipelined capture applies ahead of their commit: enough that the writer thread
 * finds a group waiting when its commit returns, few enough that the lots they leave stay a
 * small view in memory. */
export const IN_FLIGHT_DOCUMENTS_MAX = 4;

/** Semi-space size of every thread of a capture. A document's objects live until the next thread
 * has taken them, across several scavenges of V8's default 16 MiB semi-spaces, so most were copied
 * and promoted before dying; 64 MiB semi-spaces let them die young. The worker threads (preparing,
 * writing) get them as their young generation (three semi-spaces, below); the main thread, which
 * applies the documents, gets them from `--max-semi-space-size` in bin/ytterby.js's first line,
 * because V8 sizes a process's heap only as it starts: 15–20 % less CPU per event on SQLite in
 * paired runs of 200,000 events (bench/history/issue-02-capture-verify-memory.md). */
export const CAPTURE_SEMI_SPACE_MB = 64;
export const CAPTURE_WORKER_YOUNG_GENERATION_MB = 3 * CAPTURE_SEMI_SPACE_MB;

/** Edges a trace follows from its lot. The longest chain in the trade (ore, concentrate, oxide,
 * metal, alloy, magnet, recycled and round again, each with shipments) is a few dozen; a deeper
 * request is a loop in the data or a mistake. */
export const TRACE_DEPTH_MAX = 64;

/** Lots a trace's walk may reach before it stops and says so. A mine's yearly output reaches most of
 * the ledger downstream; the in-memory walk covers a million lots in tens of milliseconds, and this
 * bounds the time the server's loop is held and the memory of one answer. */
export const TRACE_WALK_LOTS_MAX = 2_000_000;

/** Lots per page of a trace (with their edges, events, parties and facilities). */
export const TRACE_PAGE_MAX = 1_000;

/** Events per page of a period check's scan of the log: each page is two reads (events, their lot
 * movements), and memory holds one page of bodies at a time. */
export const SCAN_PAGE_EVENTS = 5_000;

/** Alerts per page of a listing. */
export const ALERTS_PAGE_MAX = 500;

/** Events the statistics projection reads and adds to its figures per transaction: a page's rows
 * (events, flows, the lots' histories) stay a few megabytes, and a page commits in well under a
 * second on either engine, so a refresh never holds the write lock for long. */
export const STATS_PAGE_EVENTS = 5_000;

/** Lot ids per query when the projection reads the history of lots moved whole (a shipment or a
 * receipt has no flow of its own to carry the lot's elements): well under SQLite's 32,766 bound
 * parameters and PostgreSQL's 65,535. */
export const STATS_LOTS_PER_QUERY = 500;

/** Rows per multi-row insert of the projection's line items and figures: 12–30 columns each, so
 * a statement binds at most ~9,000 parameters. */
export const STATS_ROWS_PER_INSERT = 300;

/** Events per page of a figure's drill-down. */
export const STATS_DRILL_PAGE_MAX = 1_000;

/** How long a server trusts a token it found good without asking the database again: a token
 * revoked by another process stops working within this time (in the revoking process, at once). */
export const TOKEN_CACHE_MS = 5_000;

/** Tokens a server remembers as good at once; past this it forgets them all and asks again. */
export const TOKEN_CACHE_ENTRIES_MAX = 10_000;

/** Parties per page of a registry listing. */
export const PARTY_PAGE_MAX = 1_000;

/** A report file uploaded or imported (xlsx or CSV), checked before it is parsed: a month of a
 * large plant (10,000 rows) is about 1 MiB as xlsx and 2 MiB as CSV; 20 MiB leaves room for
 * wide notes and refuses anything else before the spreadsheet library sees it. */
export const REPORT_FILE_BYTES_MAX = 20 * 1024 * 1024;

/** Rows of one report, over all sheets: one capture document's events, since a report is one
 * document (a process takes a row per input and output, so at most this many events too). */
export const REPORT_ROWS_MAX = 10_000;

/** Open lots a template lists in its drop-downs: a plant's stock of the month; beyond this the
 * list would weigh more than the report, and a lot id can still be typed. */
export const REPORT_TEMPLATE_LOTS_MAX = 5_000;

/** Problems a preview lists: enough to fix a whole sheet in one pass; the count says how many more. */
export const REPORT_PROBLEMS_MAX = 1_000;

/** Months one reporting calendar spans: two years. */
export const CALENDAR_MONTHS_MAX = 24;

/** Rows of each template sheet that carry the drop-down lists. ExcelJS expands a validated range
 * into one entry per cell when it reads a workbook, so lists on all REPORT_ROWS_MAX rows of every
 * sheet made reading any filled template cost about 0.5 s and much garbage; a small plant's month
 * fits in 1,000 rows, and beyond them a value is typed as it is. */
export const REPORT_TEMPLATE_LIST_ROWS = 1_000;
