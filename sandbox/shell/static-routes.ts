/**
 * The shell's own assets (its script and stylesheet) and the design-token CSS for its pages. The app's
 * Custom UI resources are not served here but from the CDN origin (cdn-routes.ts), as on Forge.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import { REPO_ROOT } from '../site';
import { designTokensCss, TYPES } from './cdn-routes';

const ASSETS = join(REPO_ROOT, 'sandbox', 'shell', 'assets');

export function staticRoutes() {
  const app = new Hono();
  app.get('/__shell/tokens.css', (c) => c.body(designTokensCss(), 200, { 'content-type': TYPES['.css']!, 'cache-control': 'max-age=3600' }));
  app.get('/__shell/:file', (c) => {
    const file = c.req.param('file');
    if (!['shell.js', 'shell.css'].includes(file)) return c.notFound();
    return c.body(readFileSync(join(ASSETS, file), 'utf8'), 200, { 'content-type': TYPES[extname(file)]! });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  return app;
}
