// The web app: the bundle Vite builds into web/dist, served at / with its assets, and index.html for
// every other path of the app (the app routes in the browser), so a reload or a shared link to
// /alerts/AL-… or a passport's GS1 Digital Link path (/01/{gtin}/10/{lot}) opens the app. Paths of
// the API and EPCIS keep their own not-found answers.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './server.ts';
import { notFound } from './problems.ts';

export const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

/** Paths the app never claims: a mistyped API path answers a problem, not a page. */
const NOT_APP = /^\/(api|epcis|health|ready)(\/|$|\?)/;

const MISSING_BUNDLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ytterby: web app not built</title></head>
<body><h1>The web app is not built · 网页应用尚未构建</h1>
<p>Run <code>npm run build:web</code> (npm install does it too), then reload. The API is at <a href="/api/docs">/api/docs</a>.</p>
<p>请先运行 <code>npm run build:web</code>，然后刷新页面。</p></body></html>
`;

export async function webRoutes(app: App, dist = WEB_DIST): Promise<void> {
  const indexFile = join(dist, 'index.html');
  const built = existsSync(indexFile);
  if (built) {
    // wildcard: false registers a route per file at start, so the catch-all below sees the rest.
    await app.register(fastifyStatic, {
      root: dist, prefix: '/', wildcard: false, index: false, cacheControl: false,
      // Vite names assets by their content's hash, so a browser may keep them for good.
      setHeaders: (res, path) => { if (path.includes('/assets/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable'); },
    });
  }
  // Read once: the bundle changes only with a rebuild, which a restart picks up.
  const page = built ? readFileSync(indexFile, 'utf8') : MISSING_BUNDLE;
  const answer = async (request: { url: string }, reply: { type(t: string): unknown; header(k: string, v: string): unknown; code(n: number): unknown }) => {
    if (NOT_APP.test(request.url)) throw notFound(`no route GET ${request.url.split('?')[0]}`);
    reply.type('text/html; charset=utf-8');
    // The page names hashed assets; it must be asked for again after a rebuild.
    reply.header('cache-control', 'no-cache');
    if (!built) reply.code(503);
    return page;
  };
  app.get('/', { schema: { hide: true } }, answer);
  app.get('/*', { schema: { hide: true } }, answer);
}
