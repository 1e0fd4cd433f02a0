// The floor under the lot-read figures of bench/http.ts: Fastify with nothing of Ytterby's (no
// hooks, no logging, no database), answering GET /api/lots/{id} with one fixed lot of the same
// size. Under the same load on the same machine, its p99 is the least a lot read could take.
import { collectGarbageForServing } from '../src/server/gc-settings.ts';
import Fastify from 'fastify';

// As `ytterby serve` runs, so the floor is measured alike.
collectGarbageForServing();

const lot = {
  id: '91150200BYM8NE012H:L202401-1', holderId: '91150200BYM8NE012H', product: 'magnet-ndfeb-sintered', massGrams: 946315, massGramsRemaining: 946315,
  elements: { Pr: 67275, Nd: 221351 }, status: 'active', destinationId: null, previousHolderId: '91150200BYM8NE012H', createdSeq: 691, updatedSeq: 1613,
  origin: { 'mine:mine-yt000002': { Pr: 67275, Nd: 221351 } }, custody: 'mass-balance',
};
const app = Fastify();
app.get('/api/lots/:id', async () => lot);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.stdout.write(`Server listening at ${await app.listen({ port: 0, host: '127.0.0.1' })}\n`);
