// The names Ytterby gives things in EPCIS: identifier URIs for parties, lots, facilities and
// events, its business steps, and the namespace of its extension fields (docs/epcis.md).

/** Ytterby's extension namespace: an event's `ytb:lots` is https://ytterby.example/epcis/lots. */
export const YTB_NAMESPACE = 'https://ytterby.example/epcis/';
export const YTB_PREFIX = 'ytb';
const ID_BASE = 'https://ytterby.example/id/';

/** The @context of every EPCIS document Ytterby writes: GS1's, and its own prefix. */
export const EPCIS_CONTEXT = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { [YTB_PREFIX]: YTB_NAMESPACE }];

/** Business steps CBV lacks: mining and each kind of processing (DOMAIN.md: custom URIs are
 * allowed for mining, separation, etc.), and the movements across the border or out of the chain. */
export const YTB_BIZ_STEPS = ['mining', 'beneficiating', 'separating', 'smelting', 'manufacturing', 'processing', 'exporting', 'delivering', 'importing', 'disposing', 'correcting'] as const;
export type YtbBizStep = (typeof YTB_BIZ_STEPS)[number];

export function ytbBizStep(step: YtbBizStep): string {
  return `${YTB_NAMESPACE}bizstep/${step}`;
}

export function partyUri(uscc: string): string {
  return `${ID_BASE}party/${uscc}`;
}

export function facilityUri(id: string): string {
  return `${ID_BASE}facility/${encodeURIComponent(id)}`;
}

/** A lot `USCC:local` as an EPC class URI (a lot is a quantity of a product, not a serial item). */
export function lotUri(qualifiedId: string): string {
  return `${ID_BASE}lot/${qualifiedId.slice(0, 18)}/${encodeURIComponent(qualifiedId.slice(19))}`;
}

const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** An event's EPCIS eventID: an id that is a URI already (urn:uuid:…, as an EPCIS client sent
 * it) stays as it is; a plain Ytterby id is put under the recorder. */
export function eventUri(party: string, id: string): string {
  return URI_SCHEME.test(id) ? id : `${ID_BASE}event/${party}/${encodeURIComponent(id)}`;
}

/** The inverse of the URI makers: the text after `${ID_BASE}${kind}/`, decoded, or undefined. */
function underId(kind: string, uri: string): string | undefined {
  const prefix = `${ID_BASE}${kind}/`;
  if (!uri.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(uri.slice(prefix.length));
  } catch {
    return undefined;
  }
}

export function partyOfUri(uri: string): string | undefined {
  const rest = underId('party', uri);
  return rest !== undefined && /^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(rest) ? rest : undefined;
}

export function facilityOfUri(uri: string): string | undefined {
  return underId('facility', uri);
}

/** `USCC:local` of a lot URI, or undefined when the URI is not one of Ytterby's lots. */
export function lotOfUri(uri: string): string | undefined {
  const rest = underId('lot', uri);
  if (rest === undefined || !/^[0-9A-HJ-NP-RTUW-Y]{18}\/./.test(rest)) return undefined;
  return `${rest.slice(0, 18)}:${rest.slice(19)}`;
}

/** The Ytterby event id an eventID stands for when `party` records it, or a reason it cannot. */
export function eventIdOfUri(party: string, uri: string): { id: string } | { reason: string } {
  const rest = underId('event', uri);
  if (rest === undefined) return { id: uri };
  if (rest.slice(0, 18) !== party || rest[18] !== '/') return { reason: `names an event of ${rest.slice(0, 18)}; a party records its own events only` };
  return { id: rest.slice(19) };
}

/** CBV values are written bare (`shipping`), as GS1's examples do; the full forms mean the same. */
export function bareCbv(value: string, kind: 'BizStep' | 'Disp' | 'SDT'): string {
  for (const prefix of [`https://ref.gs1.org/cbv/${kind}-`, `cbv:${kind}-`, `urn:epcglobal:cbv:${kind === 'BizStep' ? 'bizstep' : kind === 'Disp' ? 'disp' : 'sdt'}:`]) {
    if (value.startsWith(prefix)) return value.slice(prefix.length);
  }
  return value;
}
