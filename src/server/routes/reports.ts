// The statistics the web app's reports and flows pages read: which months have figures, the annual
// report (as data, as its self-contained HTML page, or one table as CSV) and the element flows of
// one element. Same policy as the dashboard figures: regulators, auditors, the association.
import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import { StringEnum } from '../../schemas.ts';
import { ELEMENT_SYMBOLS, type ElementSymbol } from '../../domain/index.ts';
import { regionByCode } from '../../domain/regions.ts';
import { elementFlows, refreshStats } from '../../stats/index.ts';
import { buildAnnualReport } from '../../stats/annual-report.ts';
import { tableCsv } from '../../stats/render-csv.ts';
import { renderReportHtml } from '../../stats/render-html.ts';
import type { Store } from '../../store/index.ts';
import type { App } from '../server.ts';
import { HttpProblem, notFound } from '../problems.ts';
import { OpenObject, PROBLEM_RESPONSES } from './context.ts';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
const Region = Type.String({ pattern: '^\\d{6}$' });
/** The years a report may cover: the ledger's era, not a typo's. */
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

function checkRegion(region: string | undefined): void {
  if (region !== undefined && regionByCode(region) === undefined) {
    throw new HttpProblem(400, 'invalid-request', 'Bad Request', `region ${region} is not a GB/T 2260 code Ytterby knows`, [{ path: 'querystring.region', reason: 'an unknown region code' }]);
  }
}

export async function reportRoutes(app: App, store: Store): Promise<void> {
  app.get('/api/reports', {
    config: { policy: 'stats:read' },
    schema: {
      tags: ['statistics'], summary: 'the months with figures (Asia/Shanghai) and the years a report can cover',
      response: { 200: Type.Object({ from: Type.Union([Type.String(), Type.Null()]), to: Type.Union([Type.String(), Type.Null()]), years: Type.Array(Type.Integer()) }), ...PROBLEM_RESPONSES },
    },
  }, async () => {
    await refreshStats(store);
    const row = await store.db.selectFrom('stats_facts').select([sql<string | null>`min(period)`.as('first'), sql<string | null>`max(period)`.as('last')]).executeTakeFirst();
    const from = row?.first ?? null;
    const to = row?.last ?? null;
    const years: number[] = [];
    if (from !== null && to !== null) for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) years.push(y);
    return { from, to, years };
  });

  app.get('/api/reports/:year', {
    config: { policy: 'stats:read' },
    schema: {
      tags: ['statistics'], summary: 'the annual report as data: every table (columns with units, rows) and the element flows',
      params: Type.Object({ year: Year }), querystring: Type.Object({ region: Type.Optional(Region) }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    checkRegion(request.query.region);
    await refreshStats(store);
    return (await buildAnnualReport(store, request.params.year, request.query.region)) as unknown as Record<string, unknown>;
  });

  app.get('/api/reports/:year/report.html', {
    config: { policy: 'stats:read' },
    schema: {
      tags: ['statistics'], summary: 'the annual report as one self-contained HTML page (zh-CN and en, charts as SVG), as a download',
      params: Type.Object({ year: Year }), querystring: Type.Object({ region: Type.Optional(Region) }, { additionalProperties: false }),
    },
  }, async (request, reply) => {
    const { region } = request.query;
    checkRegion(region);
    await refreshStats(store);
    const html = renderReportHtml(await buildAnnualReport(store, request.params.year, region));
    return reply
      .type('text/html; charset=utf-8')
      .header('content-disposition', `attachment; filename="ytterby-report-${request.params.year}${region === undefined ? '' : `-${region}`}.html"`)
      .send(html);
  });

  app.get('/api/reports/:year/csv/:table', {
    config: { policy: 'stats:read' },
    schema: {
      tags: ['statistics'], summary: 'one table of the annual report as UTF-8 CSV with bilingual headings and units, as a download',
      params: Type.Object({ year: Year, table: Type.String({ pattern: '^[a-z][a-z-]{0,60}$' }) }), querystring: Type.Object({ region: Type.Optional(Region) }, { additionalProperties: false }),
    },
  }, async (request, reply) => {
    const { region } = request.query;
    checkRegion(region);
    await refreshStats(store);
    const report = await buildAnnualReport(store, request.params.year, region);
    const table = report.tables.find((t) => t.id === request.params.table);
    if (table === undefined) throw notFound(`the report has no table ${request.params.table}; it has ${report.tables.map((t) => t.id).join(', ')}`);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${table.id}-${request.params.year}${region === undefined ? '' : `-${region}`}.csv"`)
      .send(tableCsv(table));
  });

  app.get('/api/flows', {
    config: { policy: 'stats:read' },
    schema: {
      tags: ['statistics'], summary: 'the element flows (Sankey nodes and links) for months from–to: in t REO, or in oxide of one element',
      querystring: Type.Object({ from: Month, to: Month, region: Type.Optional(Region), element: Type.Optional(StringEnum(ELEMENT_SYMBOLS)) }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const { from, to, region, element } = request.query;
    if (from > to) throw new HttpProblem(400, 'invalid-request', 'Bad Request', `from ${from} is after to ${to}`, [{ path: 'querystring.from', reason: 'must not be after to' }]);
    checkRegion(region);
    await refreshStats(store);
    return (await elementFlows(store.db, { from, to, ...(region === undefined ? {} : { region }) }, (element ?? null) as ElementSymbol | null)) as unknown as Record<string, unknown>;
  });
}
