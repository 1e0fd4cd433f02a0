// Enterprise reporting over HTTP (docs/reporting.md): the template, the preview of an uploaded
// report or of a form's rows (every problem at its cell, and the unsigned canonical document),
// the submission of the document the enterprise signed in its browser, and the reporting calendar.
// The private key never comes here: the browser signs the canonical text the preview returned.
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { CaptureService } from '../../ledger/capture-service.ts';
import { CALENDAR_MONTHS_MAX, DOCUMENT_BYTES_MAX, PARTY_PAGE_MAX, REPORT_FILE_BYTES_MAX, REPORT_ROWS_MAX } from '../../limits.ts';
import {
  previewReportFile, previewReportRows, recordSubmission, reportingCalendar, ReportUnreadable, SHEET_BY_NAME, SHEETS, SUBMISSION_SOURCES,
  templateCsv, templateLists, writeTemplateXlsx, type ReportPreview,
} from '../../reporting/index.ts';
import { StringEnum } from '../../schemas.ts';
import type { Store } from '../../store/index.ts';
import { shanghaiMonth } from '../../domain/periods.ts';
import type { App } from '../server.ts';
import { forbidden, notFound } from '../problems.ts';
import { OpenObject, PROBLEM_RESPONSES, PageLimit, principalOf } from './context.ts';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM, Asia/Shanghai' });
const KeyId = Type.String({ minLength: 1, maxLength: 200, description: "the id (kid) of the key the enterprise will sign with: it goes into the document" });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CaptureResult = Type.Object({
  documentId: Type.String(), recordedAt: Type.String(), replayed: Type.Boolean(),
  events: Type.Array(Type.Object({ id: Type.String(), seq: Type.Integer() })), treeSize: Type.Integer(), root: Type.String(),
});

export async function reportingRoutes(app: App, store: Store, capture: CaptureService): Promise<void> {
  // The web forms are drawn from the same description of the sheets as the template and reader.
  app.get('/api/reporting/sheets', {
    config: { policy: 'reporting:write' },
    schema: { tags: ['reporting'], summary: "the report's sheets and their columns (names in zh-CN and en, types, drop-down lists), as the forms draw them", response: { 200: Type.Array(OpenObject), ...PROBLEM_RESPONSES } },
  }, async () => [...SHEETS]);

  app.get('/api/reporting/template', {
    config: { policy: 'reporting:write' },
    schema: {
      tags: ['reporting'], summary: "the monthly report template of the caller's enterprise: xlsx with drop-downs, or one sheet as CSV",
      querystring: Type.Object({
        period: Type.Optional(Month), format: StringEnum(['xlsx', 'csv'] as const), sheet: Type.Optional(StringEnum(SHEETS.map((s) => s.name))),
      }, { additionalProperties: false }),
    },
  }, async (request, reply) => {
    const party = principalOf(request).party!;
    const period = request.query.period ?? shanghaiMonth(Date.now());
    if (request.query.format === 'csv') {
      const sheet = SHEET_BY_NAME.get(request.query.sheet ?? '');
      if (sheet === undefined) throw notFound(`a CSV template is one sheet: name it (?sheet=${SHEETS.map((s) => s.name).join('|')})`);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${sheet.name}.csv"`).send(templateCsv(sheet));
    }
    const lists = await templateLists(store, party);
    if (lists === undefined) throw notFound(`no party ${party}`);
    return reply.type(XLSX).header('content-disposition', `attachment; filename="report-${party}-${period}.xlsx"`).send(await writeTemplateXlsx(lists, period));
  });

  // The upload is the file's bytes as the body (no multipart): xlsx or CSV, at most
  // REPORT_FILE_BYTES_MAX, which Fastify enforces before the body is read whole (413).
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser([XLSX, 'text/csv', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: REPORT_FILE_BYTES_MAX }, (_request, body, done) => done(null, body));
    scope.post('/api/reporting/preview', {
      config: { policy: 'reporting:write' },
      bodyLimit: REPORT_FILE_BYTES_MAX,
      schema: {
        tags: ['reporting'],
        summary: 'preview an uploaded report (xlsx or CSV as the body): every line checked by the capture rules, each problem at its cell in zh-CN and en, and the unsigned canonical document to sign; records nothing',
        querystring: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), keyId: KeyId, period: Type.Optional(Month) }, { additionalProperties: false }),
        response: { 200: OpenObject, ...PROBLEM_RESPONSES, 413: PROBLEM_RESPONSES[400] },
      },
    }, async (request) => {
      const party = principalOf(request).party!;
      const { name, keyId, period } = request.query;
      try {
        return await previewReportFile(store, { name, bytes: request.body as Buffer }, { party, keyId, ...(period === undefined ? {} : { period }) });
      } catch (error) {
        if (!(error instanceof ReportUnreadable)) throw error;
        return unreadable(party, keyId, error);
      }
    });
  });

  app.post('/api/reporting/preview-rows', {
    config: { policy: 'reporting:write' },
    schema: {
      tags: ['reporting'], summary: "preview a web form's rows: the same checks and answer as an uploaded report",
      body: Type.Object({
        keyId: KeyId, period: Type.Optional(Month),
        sheets: Type.Array(Type.Object({
          sheet: StringEnum(SHEETS.map((s) => s.name)),
          rows: Type.Array(Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 2_000 })), { minItems: 1, maxItems: REPORT_ROWS_MAX }),
        }, { additionalProperties: false }), { minItems: 1, maxItems: SHEETS.length }),
      }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const party = principalOf(request).party!;
    const { keyId, period, sheets } = request.body;
    return previewReportRows(store, sheets, { party, keyId, ...(period === undefined ? {} : { period }) });
  });

  // The signed document is kept as text, as the capture route keeps it: hashed as it came.
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: DOCUMENT_BYTES_MAX }, (_request, body, done) => done(null, body));
    scope.post('/api/reporting/submit', {
      config: { policy: 'reporting:write' },
      schema: {
        tags: ['reporting'],
        summary: "record a report the enterprise signed: the preview's canonical document with its detached JWS; all or nothing, and the same document again returns the original result",
        querystring: Type.Object({ source: StringEnum(SUBMISSION_SOURCES.filter((s) => s !== 'cli')) }, { additionalProperties: false }),
        body: Type.String({ description: 'a signed capture document: {"document": {…}, "signature": "…"}', contentMediaType: 'application/json' }),
        response: { 200: CaptureResult, 201: CaptureResult, ...PROBLEM_RESPONSES, 413: PROBLEM_RESPONSES[400] },
      },
    }, async (request, reply) => {
      const principal = principalOf(request);
      const prepared = await capture.prepare(request.body as string);
      if (prepared.document.party !== principal.party) throw forbidden(`this token reports for ${principal.party}, not for ${prepared.document.party}`);
      const result = await capture.record(prepared);
      await recordSubmission(store, prepared.document, result, request.query.source);
      return reply.status(result.replayed ? 200 : 201).send(result);
    });
  });

  app.get('/api/reporting/calendar', {
    config: { policy: 'reporting:calendar' },
    schema: {
      tags: ['reporting'],
      summary: `which months each enterprise's report is open, due, submitted, late (after the 10th) or missing, with what was recorded; an enterprise sees its own; at most ${CALENDAR_MONTHS_MAX} months`,
      querystring: Type.Object({
        from: Type.Optional(Month), to: Type.Optional(Month), party: Type.Optional(Type.String({ maxLength: 40 })),
        after: Type.Optional(Type.String({ maxLength: 40 })), limit: PageLimit(PARTY_PAGE_MAX, 100),
      }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const { from, to, party, after, limit } = request.query;
    if (principal.role === 'enterprise' && party !== undefined && party !== principal.party) throw notFound(`no calendar of ${party} for this token`);
    const only = principal.role === 'enterprise' ? principal.party : party;
    return reportingCalendar(store, {
      ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), ...(only === undefined ? {} : { party: only }),
      ...(after === undefined ? {} : { after }), limit,
    });
  });
}

/** A file that cannot be read at all is still a preview: its problems, and nothing to sign. */
function unreadable(party: string, keyId: string, error: ReportUnreadable): ReportPreview {
  return { party, period: '', keyId, lines: [], counts: { new: 0, corrected: 0, unchanged: 0 }, problems: [...error.problems], moreProblems: 0, warnings: [] };
}
