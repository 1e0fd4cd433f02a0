// Issued passports, kept. A passport is published once (printed as a QR code on a label, sent to a
// buyer) and must read the same every time it is looked up: issuing signs a checkpoint, proves
// inclusion and draws a QR code (tens of milliseconds), reading it back is one row by key. A passport
// stays valid as the log grows (its proof is against its own checkpoint); it is re-issued only on
// request, and withdrawn when a correction voids its lot.
import QRCode from 'qrcode';
import type { Store } from '../store/index.ts';
import { buildPassport, type IssuedPassport, type Passport, type PassportOptions } from './passport.ts';
import { readLot } from './reads.ts';
import { assertMakes, assertMayIssuePassport, checkViewer, ProvenanceRefused } from './viewer.ts';

export interface StoredPassport extends IssuedPassport {
  /** When this passport was issued; a re-issue replaces it. */
  issuedAt: string;
}

/** Issues the lot's passport anew, anchored to the log as it is now, and keeps it. */
export async function issuePassport(store: Store, lotId: string, options: PassportOptions): Promise<StoredPassport> {
  const issued = await buildPassport(store, lotId, options);
  const { passport } = issued;
  const gtin = passport.gtin;
  const batch = new URL(issued.digitalLink).pathname.split('/').at(-1)!;
  const row = {
    lot_id: passport.lot.id, party_id: passport.lot.maker.id, gtin, batch: decodeURIComponent(batch), digital_link: issued.digitalLink,
    tree_size: passport.evidence.checkpoint.treeSize, issued_at: passport.issued, body: JSON.stringify(passport), qr_svg: issued.qrSvg,
  };
  try {
    await store.db.insertInto('passports').values(row)
      .onConflict((conflict) => conflict.column('lot_id').doUpdateSet({
        gtin: row.gtin, batch: row.batch, digital_link: row.digital_link, tree_size: row.tree_size, issued_at: row.issued_at, body: row.body, qr_svg: row.qr_svg,
      }))
      .execute();
  } catch (error) {
    // The unique index on the Digital Link's key decides, so two lots issued at once cannot both take it.
    if (!isUniqueViolation(error)) throw error;
    const holder = await store.db.selectFrom('passports').select('lot_id').where('gtin', '=', row.gtin).where('batch', '=', row.batch).executeTakeFirst();
    throw new ProvenanceRefused('bad-input', `GTIN ${row.gtin} lot ${row.batch} already names the passport of lot ${holder?.lot_id ?? 'another lot'}; a Digital Link names one lot (give this lot's product its own GTIN)`, { cause: error });
  }
  return { ...issued, issuedAt: passport.issued };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** The lot's kept passport, issuing and keeping one first if it has none: what its maker, a
 * regulator or an auditor gets when they ask for the lot's passport. */
export async function lotPassport(store: Store, lotId: string, options: PassportOptions): Promise<StoredPassport> {
  const viewer = checkViewer(options?.viewer);
  // Who may have it is asked before whether one is kept (or withdrawn), so a lot the viewer may
  // not see answers as one that does not exist.
  assertMayIssuePassport(viewer);
  assertMakes(viewer, await readLot(store.db, lotId, viewer));
  const kept = await keptPassport(store, { lotId });
  if (kept === undefined) return issuePassport(store, lotId, options);
  if (options.gtin !== undefined && options.gtin !== kept.passport.gtin) {
    throw new ProvenanceRefused('bad-input', `lot ${lotId}'s passport names GTIN ${kept.passport.gtin}, not ${options.gtin}; issue it anew to name another`);
  }
  return kept;
}

/** The passport a GS1 Digital Link names (GTIN and batch/lot), for anyone: a passport is published. */
export async function passportByLink(store: Store, gtin: string, batch: string): Promise<StoredPassport> {
  const kept = await keptPassport(store, { gtin, batch });
  if (kept === undefined) throw new ProvenanceRefused('not-found', `no passport has been issued for GTIN ${gtin} lot ${batch}`);
  return kept;
}

async function keptPassport(store: Store, key: { lotId: string } | { gtin: string; batch: string }): Promise<StoredPassport | undefined> {
  let query = store.db.selectFrom('passports as p').innerJoin('lots as l', 'l.id', 'p.lot_id')
    .select(['p.body', 'p.digital_link', 'p.qr_svg', 'p.issued_at', 'l.status', 'l.id']);
  query = 'lotId' in key ? query.where('p.lot_id', '=', key.lotId) : query.where('p.gtin', '=', key.gtin).where('p.batch', '=', key.batch);
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : present(row);
}

function present(row: { body: string; digital_link: string; qr_svg: string; issued_at: string; status: string; id: string }): StoredPassport {
  if (row.status === 'void') throw new ProvenanceRefused('gone', `the passport of lot ${row.id} is withdrawn: a correction voided the lot`);
  return { passport: JSON.parse(row.body) as Passport, digitalLink: row.digital_link, qrSvg: row.qr_svg, issuedAt: row.issued_at };
}

/** The QR code as PNG, for files; the API serves the SVG kept with the passport. */
export function qrPng(digitalLink: string): Promise<Buffer> {
  return QRCode.toBuffer(digitalLink, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}
