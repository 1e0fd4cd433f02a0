// A worker thread of the prepare pool: parses and prepares capture documents sent as text.
import { parentPort } from 'node:worker_threads';
import { InputRefused } from '../problems.ts';
import { prepareDocumentText } from './prepare-document.ts';

export interface PrepareRequest {
  id: number;
  text: string;
  nowMs: number;
}

export type PrepareReply =
  | { id: number; ok: true; prepared: ReturnType<typeof prepareDocumentText> }
  | { id: number; ok: false; refused: true; message: string; problems: InputRefused['problems'] }
  | { id: number; ok: false; refused: false; message: string };

if (parentPort === null) throw new Error('prepare-worker.ts runs only as a worker thread');
const port = parentPort;

port.on('message', (request: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id: request.id, ok: true, prepared: prepareDocumentText(request.text, new Date(request.nowMs)) };
  } catch (error) {
    reply = error instanceof InputRefused
      ? { id: request.id, ok: false, refused: true, message: error.message.split('\n')[0]!, problems: error.problems }
      : { id: request.id, ok: false, refused: false, message: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  port.postMessage(reply);
});
