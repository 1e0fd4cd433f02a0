// Recording over HTTP: the signed capture document, through the ledger's one capture path. An
// enterprise's token records only documents of that enterprise (the signature proves the rest).
import { Type } from '@sinclair/typebox';
import type { CaptureService } from '../../ledger/capture-service.ts';
import { DOCUMENT_BYTES_MAX } from '../../limits.ts';
import type { App } from '../server.ts';
import { forbidden } from '../problems.ts';
import { PROBLEM_RESPONSES, principalOf } from './context.ts';

const CaptureResult = Type.Object({
  documentId: Type.String(), recordedAt: Type.String(), replayed: Type.Boolean(),
  events: Type.Array(Type.Object({ id: Type.String(), seq: Type.Integer() })), treeSize: Type.Integer(), root: Type.String(),
});

export async function captureRoutes(app: App, capture: CaptureService): Promise<void> {
  // The document is read as text and parsed, checked and hashed on a pool thread, off the request
  // loop; the route's own parser keeps it text (the rest of the API parses JSON as usual).
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: DOCUMENT_BYTES_MAX }, (_request, body, done) => done(null, body));
    scope.post('/api/capture', {
      config: { policy: 'capture:write' },
      schema: {
        tags: ['ledger'],
        summary: 'record a signed capture document (docs/capture-format.md): all or nothing; the same document again returns the original result',
        body: Type.String({ description: 'a signed capture document: {"document": {…}, "signature": "…"}', contentMediaType: 'application/json' }),
        response: { 200: CaptureResult, 201: CaptureResult, ...PROBLEM_RESPONSES, 413: PROBLEM_RESPONSES[400] },
      },
    }, async (request, reply) => {
      const principal = principalOf(request);
      const prepared = await capture.prepare(request.body as string);
      if (prepared.document.party !== principal.party) throw forbidden(`this token records for ${principal.party}, not for ${prepared.document.party}`);
      const result = await capture.record(prepared);
      return reply.status(result.replayed ? 200 : 201).send(result);
    });
  });
}
