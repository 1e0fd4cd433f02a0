// An alert's evidence as labelled facts: each figure the rule recorded, under its label in the
// reader's language, with its unit read from its name as the rules name them (…TonnesReo, …Tonnes,
// …Grams, …Share, …Days, …Hours); codes by their names, lots and parties linked to their pages. A
// figure this build has no label for is still shown, under its name made readable.
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { isElementSymbol } from '../../../src/domain/elements.ts';
import { EXPORT_CONTROLS } from '../../../src/domain/export-controls.ts';
import { LICENCE_STATUS_NAMES, LICENSED_ACTIVITY_NAMES, ORE_TYPE_NAMES, type CodeNames } from '../../../src/domain/parties.ts';
import { END_USE_SECTOR_NAMES } from '../../../src/domain/end-use.ts';
import { ledgerCodeName, pick, useI18n, type Locale } from '../i18n/index.tsx';
import type { Dictionary } from '../i18n/en.ts';
import { dateTime, figure, mass, percent, tonnes } from '../format.ts';
import { categoryName, productName } from '../products.ts';
import { English } from './english.tsx';
import { Scroll } from './scroll.tsx';

type Unit = 'tReo' | 't' | 'reoGrams' | 'grams' | 'share' | 'days' | 'hours' | 'factor';
type Figures = Record<string, unknown>;

/** Units by a figure's name, first match wins (…ReoGrams before …Grams; a share is one wherever its
 * name says so: lossShareOreMax). */
const UNITS: readonly [RegExp, Unit][] = [
  [/tonnesreo$/i, 'tReo'],
  [/tonnes(elements)?$/i, 't'],
  [/reograms(min)?$/i, 'reoGrams'],
  [/grams(min)?$/i, 'grams'],
  [/share|ratio/i, 'share'],
  [/(distance|use|grade|distribution|band|misfits|misfitfigures)(min|max)?$/i, 'share'],
  [/^days|days(max)?$/i, 'days'],
  [/^hours|hours(max)?$/i, 'hours'],
  [/factormax$/i, 'factor'],
];
/** Figures that are years or counts of a sequence, shown without grouping. */
const PLAIN_NUMBERS = /^(year|from|to)$|seq$/i;
const LOT_KEYS = /^lots?$|lot$/i;
const PATH_KEYS = /^path$/;
/** A unified social credit code (GB 32100-2015): a party the registry has. */
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function unitOf(key: string, inherited: Unit | undefined): Unit | undefined {
  return UNITS.find(([pattern]) => pattern.test(key))?.[1] ?? inherited;
}

/** A figure the evidence states again in another form: the unrounded twin of a share (xRatio beside
 * x or xShare), grams beside the same figure in tonnes, a summary beside its full figures (x beside
 * xFigures), the shortfalls written out as English sentences (reasons beside shortfalls). */
function statedElsewhere(key: string, figures: Figures): boolean {
  const twins = [`${key}Figures`, `${key.replace(/s$/, '')}Figures`];
  if (key === 'reasons') twins.push('shortfalls');
  if (key.endsWith('Ratio')) twins.push(key.slice(0, -5), `${key.slice(0, -5)}Share`);
  if (/reoGrams$/i.test(key)) twins.push(key.replace(/reoGrams$/i, (m) => (m[0] === 'r' ? 'tonnesReo' : 'TonnesReo')));
  return twins.some((twin) => twin !== key && twin in figures);
}

function label(t: Dictionary, key: string): string {
  const known = (t.evidence.labels as Record<string, string | undefined>)[key];
  if (known !== undefined) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const CONTROL_NAMES: CodeNames<string> = Object.fromEntries(EXPORT_CONTROLS.map((c) => [c.id, c.names]));

/** A code's name from the lists the rules' codes come from, or undefined for a value that is no code. */
function codeText(locale: Locale, t: Dictionary, code: string): string | undefined {
  const product = productName(locale, code);
  if (product !== code) return product;
  const category = categoryName(locale, code);
  if (category !== code) return category;
  const ledgerCode = ledgerCodeName(t, code);
  if (ledgerCode !== undefined) return ledgerCode;
  for (const names of [CONTROL_NAMES, LICENSED_ACTIVITY_NAMES as CodeNames<string>, ORE_TYPE_NAMES as CodeNames<string>, LICENCE_STATUS_NAMES as CodeNames<string>, END_USE_SECTOR_NAMES as CodeNames<string>]) {
    const name = names[code];
    if (name !== undefined) return pick(locale, name.zh, name.en);
  }
  return undefined;
}

export function Evidence({ evidence }: { evidence: Figures }) {
  const { t } = useI18n();
  const keys = Object.keys(evidence).filter((key) => !statedElsewhere(key, evidence));
  // The rule's parameters after what it found.
  const ordered = [...keys.filter((key) => key !== 'thresholds'), ...keys.filter((key) => key === 'thresholds')];
  return (
    <dl className="facts" data-testid="alert-evidence">
      {ordered.map((key) => (
        <Fragment key={key}>
          <dt>{label(t, key)}</dt>
          <dd><Value name={key} value={evidence[key]} /></dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Value({ name, value, unit }: { name: string; value: unknown; unit?: Unit }): ReactNode {
  const { t, locale } = useI18n();
  const own = unitOf(name, unit);
  if (value === null || value === undefined) return t.common.none;
  if (typeof value === 'boolean') return value ? t.evidence.yes : t.evidence.no;
  if (typeof value === 'number') return numberText(locale, t, name, value, own);
  if (typeof value === 'string') return <Text name={name} value={value} />;
  if (Array.isArray(value)) return <List name={name} values={value} unit={own} />;
  const figures = value as Figures;
  const keys = Object.keys(figures).filter((key) => !statedElsewhere(key, figures));
  if (keys.length > 0 && keys.every(isElementSymbol)) return <ByElement figures={figures} unit={own} />;
  return (
    <dl className="facts">
      {keys.map((key) => (
        <Fragment key={key}>
          <dt>{label(t, key)}</dt>
          <dd><Value name={key} value={figures[key]} unit={own} /></dd>
        </Fragment>
      ))}
    </dl>
  );
}

function numberText(locale: Locale, t: Dictionary, name: string, value: number, unit: Unit | undefined): string {
  switch (unit) {
    case 'tReo': return `${figure(locale, value)} ${t.units.tReo}`;
    case 't': return `${figure(locale, value)} ${t.units.t}`;
    case 'reoGrams': return tonnes(locale, t, value, true, 3);
    case 'grams': return mass(locale, t, value);
    case 'share': return percent(locale, value, 1);
    case 'days': return `${figure(locale, value, 1)} ${t.units.days}`;
    case 'hours': return `${figure(locale, value, 1)} ${t.units.hours}`;
    case 'factor': return `× ${figure(locale, value, 2)}`;
    case undefined: return PLAIN_NUMBERS.test(name) ? String(value) : figure(locale, value);
  }
}

function Text({ name, value }: { name: string; value: string }): ReactNode {
  const { t, locale } = useI18n();
  if (ISO_TIME.test(value)) return dateTime(value);
  if (USCC.test(value)) return <Link to={`/registry?party=${encodeURIComponent(value)}`}>{value}</Link>;
  if (LOT_KEYS.test(name)) return <Link to={`/lots/${encodeURIComponent(value)}`}>{value}</Link>;
  const code = codeText(locale, t, value);
  if (code !== undefined) return code;
  // A sentence the rule wrote in English (a reason, a licence's gap); ids and single codes stay as they are.
  return /\s/.test(value) && /[A-Za-z]/.test(value) && !/\p{Script=Han}/u.test(value) ? <English>{value}</English> : value;
}

function List({ name, values, unit }: { name: string; values: unknown[]; unit: Unit | undefined }): ReactNode {
  const { t, locale } = useI18n();
  if (values.length === 0) return t.common.none;
  if (values.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) {
    return <ul className="evidence-items">{values.map((item, i) => <li key={i}><Item figures={item as Figures} unit={unit} /></li>)}</ul>;
  }
  const separator = PATH_KEYS.test(name) ? ' → ' : locale === 'zh-CN' ? '、' : ', ';
  return values.map((v, i) => <Fragment key={i}>{i > 0 ? separator : ''}<Value name={name} value={v} unit={unit} /></Fragment>);
}

/** One of a list of findings ({kind, …}): its kind by name, then its other figures. */
function Item({ figures, unit }: { figures: Figures; unit: Unit | undefined }) {
  const { t, locale } = useI18n();
  const kind = typeof figures['kind'] === 'string' ? figures['kind'] : undefined;
  const rest = Object.keys(figures).filter((key) => key !== 'kind' && !statedElsewhere(key, figures));
  return (
    <>
      {kind === undefined ? null : <strong>{codeText(locale, t, kind) ?? kind}</strong>}
      {rest.map((key, i) => (
        <Fragment key={key}>{i > 0 || kind !== undefined ? ' · ' : ''}{label(t, key)}: <Value name={key} value={figures[key]} unit={unit} /></Fragment>
      ))}
    </>
  );
}

/** Figures by element: one line when each is a number, a table when each has figures of its own. */
function ByElement({ figures, unit }: { figures: Figures; unit: Unit | undefined }) {
  const { t } = useI18n();
  const elements = Object.keys(figures);
  const rows = elements.map((element) => [element, figures[element]] as const);
  if (rows.every(([, v]) => typeof v !== 'object' || v === null)) {
    return rows.map(([element, v], i) => <Fragment key={element}>{i > 0 ? ' · ' : ''}{element} <Value name={element} value={v} unit={unit} /></Fragment>);
  }
  const columns = [...new Set(rows.flatMap(([, v]) => (typeof v === 'object' && v !== null ? Object.keys(v) : [])))];
  return (
    <Scroll label={t.evidence.labels.byElement}>
      <table>
        <thead><tr><th>{t.flows.element}</th>{columns.map((c) => <th key={c} className="num">{label(t, c)}</th>)}</tr></thead>
        <tbody>
          {rows.map(([element, v]) => (
            <tr key={element}>
              <td>{element}</td>
              {columns.map((c) => <td key={c} className="num"><Value name={c} value={(v as Figures)[c]} unit={unit} /></td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
