// Small pieces every rule uses to state its figures the same way.
import { reoGrams, type Composition } from '../domain/composition.ts';
import { LICENSED_ACTIVITY_NAMES, ORE_TYPE_NAMES, type CodeNames } from '../domain/parties.ts';
import { productByCode } from '../domain/products.ts';

/** An event as findings and the ground truth name it: ids are unique only within their recorder. */
export function eventRef(partyId: string, eventId: string): string {
  return `${partyId}:${eventId}`;
}

/** Grams as tonnes with three decimals (kg precision), the unit of every figure in an alert. */
export function tonnes(grams: number): number {
  return Math.round(grams / 1000) / 1000;
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

export function flowsReo(flows: readonly { direction: number; elements: Composition }[], direction: -1 | 1): number {
  let total = 0;
  for (const flow of flows) if (flow.direction === direction) total += reoGrams(flow.elements);
  return total;
}

/** Evidence lists are bounded: an alert names the first of many events, and how many there were. */
export const EVIDENCE_LIST_MAX = 50;

export function bounded(values: readonly string[]): string[] {
  return values.slice(0, EVIDENCE_LIST_MAX);
}

// ── Stating a stored alert in Chinese ───────────────────────────────────────────────────────────

/** A product code as a Chinese sentence names it: its Chinese name, or the code when unknown. */
export function productZh(code: string): string {
  return productByCode(code)?.names.zh ?? code;
}

export function productsZh(codes: readonly string[]): string {
  return codes.map(productZh).join('、');
}

const EVENT_KINDS_ZH: Readonly<Record<string, string>> = {
  extract: '开采', process: '加工', ship: '发运', receive: '接收', import: '进口', export: '出口', deliver: '交付终端用户', collect: '收集', dispose: '处置', adjust: '库存调整', correct: '更正',
};

const DISPOSAL_METHODS_ZH: Readonly<Record<string, string>> = {
  'tailings-storage': '尾矿库贮存', 'radioactive-waste-storage': '放射性废物贮存', landfill: '填埋', incineration: '焚烧', other: '其他方式',
};

export function eventKindZh(kind: string): string {
  return EVENT_KINDS_ZH[kind] ?? kind;
}

export function activityZh(activity: string): string {
  return (LICENSED_ACTIVITY_NAMES as CodeNames<string>)[activity]?.zh ?? activity;
}

export function oreTypeZh(oreType: string): string {
  return (ORE_TYPE_NAMES as CodeNames<string>)[oreType]?.zh ?? oreType;
}

export function disposalMethodZh(method: string): string {
  return DISPOSAL_METHODS_ZH[method] ?? method;
}

/** The event's own id from a PARTY:EVENT reference. */
export function eventIdOf(ref: string): string {
  return ref.slice(ref.indexOf(':') + 1);
}

class MissingFigure extends Error {}

/** Typed reads of a stored alert's evidence: each throws when the figure is absent or of another
 * type, as it is in an alert stored before the rule kept it. */
export interface EvidenceReader {
  num(key: string): number;
  str(key: string): string;
  strs(key: string): string[];
  list(key: string): unknown[];
  bool(key: string): boolean;
  /** A figure that may be null or absent. */
  opt(key: string): unknown;
  /** A nested figure, read the same way. */
  at(key: string): EvidenceReader;
}

function reader(figures: Record<string, unknown>): EvidenceReader {
  const get = <V>(key: string, ok: (v: unknown) => boolean): V => {
    const value = figures[key];
    if (!ok(value)) throw new MissingFigure(key);
    return value as V;
  };
  return {
    num: (key) => get<number>(key, (v) => typeof v === 'number' && Number.isFinite(v)),
    str: (key) => get<string>(key, (v) => typeof v === 'string'),
    strs: (key) => get<string[]>(key, (v) => Array.isArray(v) && v.every((x) => typeof x === 'string')),
    list: (key) => get<unknown[]>(key, Array.isArray),
    bool: (key) => get<boolean>(key, (v) => typeof v === 'boolean'),
    opt: (key) => figures[key],
    at: (key) => reader(get<Record<string, unknown>>(key, (v) => typeof v === 'object' && v !== null)),
  };
}

/** What `render` says of the evidence, or undefined when the evidence lacks a figure it reads. */
export function zhFrom(evidence: Record<string, unknown>, render: (figures: EvidenceReader) => string | undefined): string | undefined {
  try {
    return render(reader(evidence));
  } catch (error) {
    if (error instanceof MissingFigure) return undefined;
    throw error;
  }
}
