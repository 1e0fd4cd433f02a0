// The one internal of node-postgres the PostgreSQL capture writer relies on (capture-statements.ts
// writes the query and its COPY data straight to the connection's socket): if an upgrade of pg moves
// it, this fails, by name, before any capture does.
import assert from 'node:assert/strict';
import { Socket } from 'node:net';
import { test } from 'node:test';
import pg from 'pg';
import { engines } from '../../testing/engines.ts';
import { connectionSocket } from './capture-statements.ts';

test('pg is the version package.json pins, and its Connection keeps its socket in .stream', { skip: !engines().includes('postgres') && 'no PostgreSQL (DATABASE_URL unset)' }, async () => {
  const pinned = (await import('../../../package.json', { with: { type: 'json' } })).default.dependencies.pg;
  const installed = (await import('pg/package.json', { with: { type: 'json' } })).default.version;
  assert.equal(installed, pinned, 'the installed pg is not the pinned one: check capture-statements.ts\'s use of its internals, then pin the new version');
  const client = new pg.Client({ connectionString: process.env['DATABASE_URL'] });
  await client.connect();
  try {
    const connection = (client as unknown as { connection: pg.Connection }).connection;
    const socket = connectionSocket(connection);
    assert.ok(socket instanceof Socket, 'Connection.stream is not the socket');
    let submitted: unknown;
    await new Promise<void>((resolve, reject) => {
      client.query({
        submit(given: pg.Connection) {
          submitted = given;
          connectionSocket(given).write(Buffer.from([0x51, 0, 0, 0, 13, ...Buffer.from('SELECT 1'), 0]));
        },
        handleReadyForQuery: resolve,
        handleError: reject,
        handleRowDescription() {},
        handleDataRow() {},
        handleCommandComplete() {},
      } as unknown as pg.Submittable);
    });
    assert.equal(submitted, connection, 'a Submittable is no longer handed the Connection');
  } finally {
    await client.end();
  }
});
