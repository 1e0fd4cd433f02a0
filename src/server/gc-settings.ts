// How the server's process collects garbage, set before it builds the server.
import { setFlagsFromString } from 'node:v8';

/**
 * No allocation-site pretenuring. V8 allocates straight into the old generation the objects of an
 * allocation site whose objects have often survived, and keeps that decision for the life of the
 * process. A capture keeps the lots it reads alive across documents, so in a server that had
 * recorded, the objects of every later lot read (GET /api/lots/{id}) were born old and held their
 * young parts alive until a full collection: after 108,000 events recorded, each scavenge promoted
 * 1.8 MB and paused 4-8 ms, and the reads' p99 at 50 connections was 15-22 ms. Without it: 1.0-1.4
 * ms a scavenge, nothing promoted, p99 8.3-8.6 ms, capture over HTTP no slower (bench/history/issue-07-http-api.md,
 * issue 7). Only the server: a capture alone (`ytterby capture`) may keep its lots old.
 */
export function collectGarbageForServing(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
