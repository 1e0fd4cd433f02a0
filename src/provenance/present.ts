// Presenters: rows into what a viewer may see. Identities of parties the viewer may not see
// (seesParty) become references numbered within one answer ("party#1"), with only their roles and
// region; their lots and facilities likewise. Attribution is shown by source for those who see
// everything, and otherwise summed by source type, region and country.
import { addCompositions, parseSource, type Attribution, type Composition, type SourceType } from '../domain/index.ts';
import { regionByCode } from '../domain/regions.ts';
import type { FacilityRecord, PartyRecord } from '../registry/queries.ts';
import type { LotState } from '../store/index.ts';
import { isOwnLot, seesAll, seesParty, type Viewer } from './viewer.ts';

export interface PartyView {
  ref: string;
  /** Present only when the viewer may see who it is. */
  nameEn?: string;
  nameZh?: string;
  roles: string[];
  region: string;
}

export interface FacilityView {
  ref: string;
  kind: string;
  region: string;
  party: string;
}

export interface OriginEntry {
  type: SourceType;
  /** The source key (mine:<facility>, import:CN, …): only for viewers who see every identity. */
  source?: string;
  /** GB/T 2260 code of the mine's region (mines only). */
  region?: string;
  regionName?: string;
  /** ISO 3166 alpha-2: CN for mines, the origin for imports; absent for recycled and untraced. */
  country?: string;
  elements: Composition;
}

export class Presenter {
  readonly #viewer: Viewer;
  readonly #parties: Map<string, PartyRecord>;
  readonly #facilities: Map<string, FacilityRecord>;
  readonly #refs = new Map<string, string>();
  readonly #counters = { party: 0, lot: 0, facility: 0 };
  readonly partyViews = new Map<string, PartyView>();
  readonly facilityViews = new Map<string, FacilityView>();

  constructor(viewer: Viewer, parties: Map<string, PartyRecord>, facilities: Map<string, FacilityRecord>) {
    this.#viewer = viewer;
    this.#parties = parties;
    this.#facilities = facilities;
  }

  #hidden(kind: 'party' | 'lot' | 'facility', id: string): string {
    const key = `${kind}:${id}`;
    let ref = this.#refs.get(key);
    if (ref === undefined) {
      this.#counters[kind] += 1;
      ref = `${kind}#${this.#counters[kind]}`;
      this.#refs.set(key, ref);
    }
    return ref;
  }

  party(id: string): string {
    const visible = seesParty(this.#viewer, id);
    const ref = visible ? id : this.#hidden('party', id);
    if (!this.partyViews.has(ref)) {
      const record = this.#parties.get(id);
      this.partyViews.set(ref, {
        ref,
        ...(visible && record !== undefined ? { nameEn: record.nameEn, nameZh: record.nameZh } : {}),
        roles: record?.roles ?? [],
        region: record?.region ?? '',
      });
    }
    return ref;
  }

  lot(lot: LotState): string {
    return seesAll(this.#viewer) || isOwnLot(this.#viewer, lot) ? lot.id : this.#hidden('lot', lot.id);
  }

  facility(id: string): string {
    const record = this.#facilities.get(id);
    const visible = record !== undefined && seesParty(this.#viewer, record.partyId);
    const ref = visible ? id : this.#hidden('facility', id);
    if (!this.facilityViews.has(ref) && record !== undefined) {
      this.facilityViews.set(ref, { ref, kind: record.kind, region: record.region, party: this.party(record.partyId) });
    }
    return ref;
  }

  origin(origin: Attribution | null, lot: LotState): OriginEntry[] {
    // A lot recorded before attribution was kept: what it holds, untraced.
    const attribution = origin ?? { untraced: lot.elements as Composition };
    return originEntries(attribution, this.#facilities, seesAll(this.#viewer));
  }
}

/** Attribution as entries: one per source for full views, else summed by type, region and country. */
export function originEntries(attribution: Attribution, facilities: Map<string, FacilityRecord>, bySource: boolean): OriginEntry[] {
  const groups = new Map<string, OriginEntry>();
  for (const [key, composition] of Object.entries(attribution)) {
    const source = parseSource(key);
    const entry: OriginEntry = { type: source.type, elements: {} };
    if (source.type === 'mine') {
      const region = facilities.get(source.facility)?.region;
      if (region !== undefined) {
        entry.region = region;
        const name = regionByCode(region)?.nameEn;
        if (name !== undefined) entry.regionName = name;
      }
      entry.country = 'CN';
    }
    if (source.type === 'import') entry.country = source.country;
    if (bySource) entry.source = key;
    const groupKey = bySource ? key : `${entry.type}|${entry.region ?? ''}|${entry.country ?? ''}`;
    const group = groups.get(groupKey);
    // Attribution is read as the ledger kept it, already checked: a source's grams are shown as
    // they are, and only grams of several sources in one group are added.
    if (group === undefined) groups.set(groupKey, { ...entry, elements: composition });
    else group.elements = addCompositions(group.elements, composition);
  }
  return [...groups.values()];
}
