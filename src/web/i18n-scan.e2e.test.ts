// Every page of the web console, as each role opens it, in zh-CN and in en (`ytterby start` on an
// empty data folder, driven in Debian's Chromium): no text outside the language's catalogue, and no
// serious or critical accessibility violation that axe-core finds at a desktop's and a phone's width.
//
// "In the catalogue" means: what is left of a string once the active language's phrases are taken out
// of it has no word of another language. The phrases are the app's catalogues (web/src/i18n, the
// reporting pages' strings), the domain's code lists, and the bilingual text the API answered the page
// with (a {zh, en} pair, a nameZh beside its nameEn, a summaryZh beside its summary); in en, the
// server's English sentences too. What may be left is what is the same in every language: numbers,
// dates, ids (any token with a digit: USCCs, lots, events, licences, facilities), units, element
// symbols and ISO country codes. Text the markup declares is not to be translated is listed, not
// failed: the server's own words where the API has them only in English (lang="en"), and what people
// wrote themselves, a token's name or a note (translate="no"). What a user types into a field is theirs
// and is not read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cliRunner, startServing, type Serving } from '../testing/cli.ts';
import { CHROMIUM_PATH } from '../stats/print-pdf.ts';
import { withoutChromium } from '../testing/prerequisites.ts';
import { ensureBundle } from './bundle.ts';
import * as partyCodes from '../domain/parties.ts';
import { END_USE_SECTOR_NAMES } from '../domain/end-use.ts';
import { CATEGORY_NAMES, PRODUCTS } from '../domain/products.ts';
import { ELEMENTS, isElementSymbol } from '../domain/elements.ts';
import { REGIONS } from '../domain/regions.ts';
import { EXPORT_CONTROLS } from '../domain/export-controls.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { LOCALES, type Locale } from '../../web/src/i18n/locales.ts';
import { reportingStrings } from '../../web/src/pages/reporting/strings.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [1440, 390];
const SERIOUS = new Set(['serious', 'critical']);
/** A GTIN-14 with a valid check digit, for the passport issued for the buyer's pages. */
const GTIN = '06901234567892';
/** Units and formats every language writes the same way. */
const UNIT_TOKENS = new Set(['t', 'kg', 'g', 'REO', 'MiB', 'xlsx', 'CSV', 'HTML', 'JSON']);
const COUNTRIES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

type Role = 'regulator' | 'enterprise' | 'buyer';

interface PageCheck {
  name: string;
  path: string;
  /** What to do on the page before it is read (open a detail, submit a form). */
  then?: (page: Page) => Promise<unknown>;
}

interface TextFound {
  text: string;
  where: string;
  /** What the markup says the text is when it is not the page's language to translate: another
   * language (lang="en"), or a name or note kept as written (translate="no"). */
  declared: string | null;
}

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** A language's phrases, longest first, as one pattern that takes them out of a string. */
class Phrases {
  readonly #phrases = new Set<string>();
  #pattern: RegExp | undefined;

  add(text: string): void {
    const phrase = text.trim();
    if (!/[\p{L}]/u.test(phrase) || this.#phrases.has(phrase)) return;
    this.#phrases.add(phrase);
    this.#pattern = undefined;
  }

  remove(text: string): string {
    this.#pattern ??= new RegExp([...this.#phrases].sort((a, b) => b.length - a.length).map(bounded).join('|'), 'gu');
    return text.replace(this.#pattern, ' ');
  }
}

/** A phrase matched as whole words where it starts or ends with a letter or digit. */
function bounded(phrase: string): string {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${/^[A-Za-z0-9]/.test(phrase) ? '(?<![A-Za-z0-9])' : ''}${escaped}${/[A-Za-z0-9]$/.test(phrase) ? '(?![A-Za-z0-9])' : ''}`;
}

/** Every string of a catalogue; a function's words around its arguments (called with numbers, cut at them). */
function catalogueText(value: unknown, into: Phrases): void {
  if (typeof value === 'string') into.add(value);
  else if (typeof value === 'function') {
    const said = String((value as (...args: number[]) => unknown)(...Array.from({ length: value.length }, () => 1)));
    for (const part of said.split(/[\d.,]+/)) into.add(part);
  } else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) catalogueText(item, into);
}

/** A string the API writes in both languages, as the annual report's cells are: "开采 / Mining". */
const BILINGUAL_STRING = /^([^/]*\p{Script=Han}[^/]*?)\s*\/\s+([^\p{Script=Han}]+)$/u;

/** Bilingual text in data, the chosen language's side: {zh, en}, a key ending in Zh beside its
 * English twin (nameZh and nameEn, summaryZh and summary), and a "zh / en" string. */
function bilingualText(value: unknown, locale: Locale, into: Phrases): void {
  if (typeof value === 'string') {
    const both = BILINGUAL_STRING.exec(value);
    if (both !== null) into.add(locale === 'zh-CN' ? both[1]! : both[2]!);
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record['zh'] === 'string' && typeof record['en'] === 'string') into.add(locale === 'zh-CN' ? record['zh'] : record['en']);
  for (const [key, zh] of Object.entries(record)) {
    if (!key.endsWith('Zh') || typeof zh !== 'string') continue;
    const english = record[`${key.slice(0, -2)}En`] ?? record[key.slice(0, -2)];
    if (typeof english === 'string') into.add(locale === 'zh-CN' ? zh : english);
  }
  for (const item of Object.values(record)) bilingualText(item, locale, into);
}

/** The server's English, which en shows as it is: its sentences (any string with a space) and its
 * problem documents' titles (RFC 9457: a title, a status, a detail). */
function serverEnglish(value: unknown, into: Phrases): void {
  if (typeof value === 'string') {
    if (/\s/.test(value.trim())) into.add(value);
  } else if (typeof value === 'object' && value !== null) {
    const problem = value as Record<string, unknown>;
    if (typeof problem['title'] === 'string' && typeof problem['status'] === 'number' && 'detail' in problem) into.add(problem['title']);
    for (const item of Object.values(value)) serverEnglish(item, into);
  }
}

function staticPhrases(locale: Locale): Phrases {
  const phrases = new Phrases();
  catalogueText(locale === 'zh-CN' ? zhCN : en, phrases);
  catalogueText(reportingStrings(locale), phrases);
  bilingualText(partyCodes, locale, phrases);
  bilingualText(END_USE_SECTOR_NAMES, locale, phrases);
  bilingualText(PRODUCTS, locale, phrases);
  bilingualText(ELEMENTS, locale, phrases);
  bilingualText(REGIONS, locale, phrases);
  bilingualText(EXPORT_CONTROLS, locale, phrases);
  bilingualText(Object.values(CATEGORY_NAMES).map(([zh, english]) => ({ zh, en: english })), locale, phrases);
  return phrases;
}

/** The words of another language left in a string once the catalogue's phrases are taken out. */
function foreignWords(text: string, locale: Locale, phrases: Phrases): string[] {
  const rest = phrases.remove(text);
  const words: string[] = [];
  for (const [token] of rest.matchAll(/[A-Za-z0-9][\w\-:./#+%]*/g)) {
    const word = token.replace(/[-:./#+]+$/, '');
    if (!/[A-Za-z]/.test(word) || /\d/.test(word)) continue;
    if (UNIT_TOKENS.has(word) || isElementSymbol(word) || (/^[A-Z]{2}$/.test(word) && COUNTRIES.of(word) !== undefined)) continue;
    words.push(word);
  }
  if (locale === 'en') for (const [han] of rest.matchAll(/\p{Script=Han}+/gu)) words.push(han);
  return words;
}

/** Every text node of the page (but a field's) and the text of its title, aria-label, placeholder and
 * alt attributes, with where it is and what the markup declares of it. Run in the page: it declares no
 * function of its own, which tsx would wrap in a helper the page does not have. */
function pageText(): TextFound[] {
  const read: { element: Element; text: string; attribute?: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (node.parentElement !== null && text !== '' && node.parentElement.closest('script, style, noscript, textarea') === null) read.push({ element: node.parentElement, text });
  }
  for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
    for (const attribute of ['title', 'aria-label', 'placeholder', 'alt']) {
      const text = element.getAttribute(attribute)?.trim() ?? '';
      if (text !== '') read.push({ element, text, attribute });
    }
  }
  return read.map(({ element, text, attribute }) => {
    const marked = element.closest('[data-testid]')?.getAttribute('data-testid');
    const classes = [...element.classList].map((c) => `.${c}`).join('');
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return {
      text,
      where: `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}${classes}${attribute === undefined ? '' : ` @${attribute}`}${marked === undefined ? '' : ` in [data-testid=${marked}]`}`,
      declared: lang !== document.documentElement.lang ? `lang=${lang}` : element.closest('[translate="no"]') === null ? null : 'translate=no',
    };
  });
}

describe('every page in zh-CN and en: text from the catalogue, no serious accessibility violation', { skip: withoutChromium }, () => {
  let dir: string;
  let serving: Serving;
  let browser: Browser;
  const tokens: Partial<Record<Role, string>> = {};
  const pages: Partial<Record<Role, PageCheck[]>> = {};
  const ytterby = cliRunner(() => join(dir, 'data'));

  const api = async <T>(path: string, token = tokens.regulator!): Promise<T> => {
    const response = await fetch(`${serving.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-i18n-'));
    await ensureBundle();
    serving = await startServing(join(dir, 'data'), ['start']);
    const token = /A regulator's API token, shown once.*\n {2}(ytb_\S+)/.exec(serving.output())?.[1];
    assert.ok(token !== undefined, serving.output());
    tokens.regulator = token;

    // One alert of each rule the demo raised: each rule writes its own evidence.
    const { alerts } = await api<{ alerts: { id: string; rule: { id: string }; party: { id: string } }[] }>('/api/alerts?limit=500');
    const firstOfRule = [...new Map(alerts.map((a) => [a.rule.id, a])).values()].reverse();
    assert.ok(firstOfRule.length > 5, `the demo raised alerts of ${firstOfRule.length} rules`);
    const { lots: magnets } = await api<{ lots: { id: string }[] }>('/api/lots?product=magnet-ndfeb-sintered&limit=1');
    const magnet = magnets[0]!.id;
    const issued = await api<{ digitalLink: string; passport: Record<string, unknown> }>(`/api/lots/${encodeURIComponent(magnet)}/passport?gtin=${GTIN}`);
    const passportPath = new URL(issued.digitalLink).pathname;

    // The enterprise is one the rules flagged, so its pages show an alert and its own lots.
    const enterprise = alerts.find((a) => a.rule.id === 'over-quota')?.party.id ?? alerts[0]!.party.id;
    const made = await ytterby('tokens', 'create', '--role', 'enterprise', '--party', enterprise, '--name', 'i18n scan');
    assert.equal(made.code, 0, made.stderr);
    tokens.enterprise = made.stdout.trim();
    const { lots: own } = await api<{ lots: { id: string }[] }>(`/api/lots?holder=${enterprise}&limit=1`);
    const ownAlert = alerts.find((a) => a.party.id === enterprise)!;

    const tampered = JSON.stringify({ ...issued.passport, gtin: '06901234567809' });
    const passportPages: PageCheck[] = [
      { name: 'passport', path: passportPath },
      {
        name: 'passport verifier, a changed passport',
        path: '/passports',
        then: async (page) => {
          await page.locator('#passport-text').fill(tampered);
          await page.locator('form button[type=submit]').last().click();
          await page.getByTestId('verdict').waitFor();
        },
      },
    ];
    pages.regulator = [
      { name: 'dashboard', path: '/dashboard', then: (page) => page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ timeout: 120_000 }) },
      { name: 'material flows', path: '/flows' },
      { name: 'alerts', path: '/alerts' },
      ...firstOfRule.map((a) => ({ name: `alert (${a.rule.id})`, path: `/alerts/${encodeURIComponent(a.id)}` })),
      { name: 'lots', path: '/lots' },
      { name: 'lot', path: `/lots/${encodeURIComponent(magnet)}`, then: (page: Page) => page.getByTestId('trace-summary').waitFor() },
      { name: 'registry, a party', path: `/registry?party=${enterprise}`, then: (page: Page) => page.getByTestId('party-detail').waitFor() },
      { name: 'quotas', path: '/quotas' },
      { name: 'reports', path: '/reports' },
      { name: 'reporting calendar', path: '/reporting/calendar' },
      ...passportPages,
      { name: 'refused (monthly report)', path: '/reporting', then: (page) => page.getByTestId('refused').waitFor() },
      { name: 'no such page', path: '/no-such-page' },
    ];
    pages.enterprise = [
      { name: 'lots', path: '/lots' },
      { name: 'lot', path: `/lots/${encodeURIComponent(own[0]!.id)}`, then: (page) => page.getByTestId('trace-summary').waitFor() },
      { name: 'alerts', path: '/alerts' },
      { name: 'alert', path: `/alerts/${encodeURIComponent(ownAlert.id)}` },
      { name: 'registry, its own party', path: `/registry?party=${enterprise}`, then: (page) => page.getByTestId('party-detail').waitFor() },
      { name: 'monthly report', path: '/reporting' },
      { name: 'report forms (a disposal)', path: '/reporting/forms', then: (page) => page.getByTestId('form-kind').selectOption('dispose') },
      { name: 'report forms (a process)', path: '/reporting/forms', then: (page) => page.getByTestId('form-kind').selectOption('process') },
      { name: 'reporting calendar', path: '/reporting/calendar' },
      { name: 'refused (dashboard)', path: '/dashboard', then: (page) => page.getByTestId('refused').waitFor() },
    ];
    pages.buyer = [
      { name: 'sign-in', path: '/' },
      {
        name: 'sign-in, a token refused',
        path: '/',
        then: async (page) => {
          await page.locator('#token').fill(`ytb_${'x'.repeat(43)}`);
          await page.locator('form button[type=submit]').click();
          await page.getByRole('alert').waitFor();
        },
      },
      ...passportPages,
    ];
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  });
  after(async () => {
    await browser?.close();
    await serving?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const locale of LOCALES) {
    for (const role of ['regulator', 'enterprise', 'buyer'] as const) {
      test(`${locale}, the ${role}'s pages`, async (t) => {
        const phrases = staticPhrases(locale);
        // bypassCSP: the app's policy allows no inline script, which is how axe-core is injected.
        const context = await browser.newContext({ locale: locale === 'en' ? 'en-US' : 'zh-CN', viewport: { width: WIDTHS[0]!, height: 900 }, bypassCSP: true });
        const untranslated: string[] = [];
        const asWritten: string[] = [];
        const violations: string[] = [];
        try {
          const page = await context.newPage();
          // The API's bilingual text is catalogue too: read from each answer the page gets.
          const answers: Promise<void>[] = [];
          page.on('response', (response) => {
            if (!response.url().includes('/api/') || !(response.headers()['content-type'] ?? '').includes('json')) return;
            answers.push(response.json().then((body: unknown) => {
              bilingualText(body, locale, phrases);
              if (locale === 'en') serverEnglish(body, phrases);
            }, () => undefined));
          });
          if (role !== 'buyer') await signIn(page, tokens[role]!);
          for (const check of pages[role]!) {
            await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
            await page.goto(`${serving.url}${check.path}`);
            await check.then?.(page);
            await settled(page);
            await Promise.all(answers);
            const texts = await page.evaluate(pageText);
            assert.ok(texts.length > 0, `${check.name}: no text`);
            for (const found of texts) {
              if (found.declared !== null) {
                asWritten.push(`${check.name}: "${found.text}" (${found.where}, ${found.declared})`);
                continue;
              }
              const words = foreignWords(found.text, locale, phrases);
              if (words.length > 0) untranslated.push(`${check.name}: "${found.text}" (${found.where}): ${words.join(', ')}`);
            }
            await page.addScriptTag({ content: AXE_SOURCE });
            for (const width of WIDTHS) {
              await page.setViewportSize({ width, height: 900 });
              for (const v of await page.evaluate(runAxe)) {
                if (SERIOUS.has(v.impact ?? '')) violations.push(`${check.name} at ${width} px: ${v.id} (${v.impact}) ${v.targets.join(' | ')}`);
              }
            }
          }
        } finally {
          await context.close();
        }
        if (asWritten.length > 0) t.diagnostic(`shown as written, not translated (declared by the markup):\n${[...new Set(asWritten)].join('\n')}`);
        const problems = [
          ...(untranslated.length === 0 ? [] : [`${untranslated.length} string(s) outside the ${locale} catalogue:`, ...new Set(untranslated)]),
          ...(violations.length === 0 ? [] : [`${violations.length} serious or critical axe violation(s):`, ...new Set(violations)]),
        ];
        assert.equal(problems.length, 0, problems.join('\n'));
      });
    }
  }

  async function signIn(page: Page, token: string): Promise<void> {
    await page.goto(`${serving.url}/`);
    await page.locator('#token').fill(token);
    await page.locator('form button[type=submit]').click();
    await page.getByTestId('who').waitFor();
  }
});

/** The page has loaded what it shows: no request in flight, no loading state. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('.state.loading') === null && (document.getElementById('main')?.childElementCount ?? 0) > 0);
}

async function runAxe(): Promise<Violation[]> {
  const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
  const { violations } = await axe.run(document, { resultTypes: ['violations'] });
  return violations.map((v) => ({ id: v.id, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
}
