// Recording over HTTP: the signed capture document, through the ledger's one capture path. An
// enterprise's token records only documents of that enterprise (the signature proves the rest).
import { Type } from '@sinclair/typebox';
import { captureDocument } from '../../ledger/index.ts';
import type { Store } from '../../store/index.ts';
import type { App } from '../server.ts';
import { forbidden } from '../problems.ts';
import { PROBLEM_RESPONSES, principalOf } from './context.ts';

const CaptureResult = Type.Object({
  documentId: Type.String(), recordedAt: Type.String(), replayed: Type.Boolean(),
  events: Type.Array(Type.Object({ id: Type.String(), seq: Type.Integer() })), treeSize: Type.Integer(), root: Type.String(),
});

export async function captureRoutes(app: App, store: Store): Promise<void> {
  app.post('/api/capture', {
    config: { policy: 'capture:write' },
    schema: {
      tags: ['ledger'],
      summary: 'record a signed capture document (docs/capture-format.md): all or nothing; the same document again returns the original result',
      body: Type.Object({ document: Type.Object({ party: Type.String() }, { additionalProperties: true }), signature: Type.String() }, { additionalProperties: false }),
      response: { 200: CaptureResult, 201: CaptureResult, ...PROBLEM_RESPONSES, 413: PROBLEM_RESPONSES[400] },
    },
  }, async (request, reply) => {
    const principal = principalOf(request);
    if (request.body.document.party !== principal.party) throw forbidden(`this token records for ${principal.party}, not for ${request.body.document.party}`);
    const result = await captureDocument(store, request.body);
    return reply.status(result.replayed ? 200 : 201).send(result);
  });
}
