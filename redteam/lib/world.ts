// A red-team case's world: its registry file and the capture documents its parties record, each
// with the ledger time it is recorded at. Cases build one through this, never through src/sim.
import { createHash } from 'node:crypto';
import { makeUscc } from '../../src/domain/uscc.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import type {
  FacilityInput, LicenceInput, PartyInput, QuotaInput, RegistryFile,
} from '../../src/registry/index.ts';

export interface Party {
  readonly id: string;
  readonly tag: string;
  /** A lot in this party's namespace, as others (and alerts) name it. */
  lot(localId: string): string;
  /** An event of this party, as a label names it: `<USCC>:<event id>`. */
  event(eventId: string): string;
}

export interface PlannedDocument {
  party: string;
  /** The document's createdAt and the ledger's clock when it is recorded (ISO 8601 with zone). */
  recordedAt: string;
  events: LedgerEvent[];
}

export type PartySpec = Omit<PartyInput, 'id'>;

/** Organisation-code body of a fictional party: 8 characters from its tag, stable across builds. */
function orgBody(tag: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const digest = createHash('sha256').update(`ytterby-redteam-party:${tag}`).digest();
  return [...digest.subarray(0, 8)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

function partyCode(tag: string, region: string): string {
  return makeUscc({ authority: '9', orgType: '1', region, orgBody8: orgBody(tag) });
}

export class World {
  readonly parties: PartyInput[] = [];
  readonly licences: LicenceInput[] = [];
  readonly facilities: FacilityInput[] = [];
  readonly quotas: QuotaInput[] = [];
  readonly documents: PlannedDocument[] = [];
  readonly #tags = new Set<string>();

  /** Registers a party under a short tag (unique in the world) and returns it. */
  party(tag: string, spec: PartySpec): Party {
    if (this.#tags.has(tag)) throw new Error(`party tag ${tag} is registered twice`);
    const id = partyCode(tag, spec.region);
    this.parties.push({ id, ...spec });
    const party: Party = {
      id,
      tag,
      lot: (localId) => `${id}:${localId}`,
      event: (eventId) => `${id}:${eventId}`,
    };
    this.#tags.add(tag);
    return party;
  }

  licence(input: LicenceInput): string {
    this.licences.push(input);
    return input.id;
  }

  facility(input: FacilityInput): string {
    this.facilities.push(input);
    return input.id;
  }

  quota(input: QuotaInput): string {
    this.quotas.push(input);
    return input.id;
  }

  /** Changes a registered party's entry (status, roles) as the case's story needs. */
  amendParty(party: Party, change: Partial<PartySpec>): void {
    const entry = this.parties.find((p) => p.id === party.id);
    if (entry === undefined) throw new Error(`party ${party.tag} is not registered`);
    Object.assign(entry, change);
  }

  amendLicence(id: string, change: Partial<LicenceInput>): void {
    const entry = this.licences.find((l) => l.id === id);
    if (entry === undefined) throw new Error(`licence ${id} is not registered`);
    Object.assign(entry, change);
  }

  amendFacility(id: string, change: Partial<FacilityInput>): void {
    const entry = this.facilities.find((f) => f.id === id);
    if (entry === undefined) throw new Error(`facility ${id} is not registered`);
    Object.assign(entry, change);
  }

  /** A document `party` records at `recordedAt` (its createdAt is the same moment). */
  record(party: Party, recordedAt: string, events: LedgerEvent[]): void {
    if (events.length === 0) throw new Error(`a document of ${party.tag} at ${recordedAt} has no events`);
    this.documents.push({ party: party.id, recordedAt, events });
  }

  /** The registry file, keys included (their public halves come from `publicKeys`). */
  registryFile(publicKeys: RegistryFile['keys']): RegistryFile {
    return {
      parties: this.parties,
      licences: this.licences,
      facilities: this.facilities,
      quotas: this.quotas,
      keys: publicKeys ?? [],
    };
  }

  /** Documents in the order the ledger records them: by recording time, ties in writing order. */
  documentsInOrder(): PlannedDocument[] {
    return this.documents
      .map((document, index) => ({ document, index }))
      .sort((a, b) => Date.parse(a.document.recordedAt) - Date.parse(b.document.recordedAt) || a.index - b.index)
      .map(({ document }) => document);
  }
}
