/**
 * Serves the built Custom UI resources (from manifest.yml's resource paths) with the bridge hook
 * injected ahead of the app's bundle, plus the shell's own assets and the design-token CSS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import { REPO_ROOT, type Site } from '../site';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2' };
const ASSETS = join(REPO_ROOT, 'sandbox', 'shell', 'assets');
const TOKEN_THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];

export function staticRoutes(site: Site) {
  const app = new Hono();
  let tokensCss: string | null = null;

  app.get('/__shell/tokens.css', (c) => {
    tokensCss ??= TOKEN_THEMES.map((t) => (require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${t}.js`) as { default: string }).default).join('\n');
    return c.body(tokensCss, 200, { 'content-type': TYPES['.css']!, 'cache-control': 'max-age=3600' });
  });
  app.get('/__shell/:file', (c) => {
    const file = c.req.param('file');
    const known: Record<string, string> = { 'bridge-client.js': 'bridge-client.js', 'shell.js': 'shell.js', 'shell.css': 'shell.css' };
    if (!known[file]) return c.notFound();
    return c.body(readFileSync(join(ASSETS, known[file]!), 'utf8'), 200, { 'content-type': TYPES[extname(file)]! });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/apps/:resource/*', (c) => {
    const resource = site.manifest.resources.find((r) => r.key === c.req.param('resource'));
    if (!resource) return c.notFound();
    const root = join(REPO_ROOT, resource.path);
    const rest = c.req.path.slice(`/apps/${resource.key}/`.length) || 'index.html';
    const file = normalize(join(root, rest));
    if (!file.startsWith(root + sep)) return c.notFound();
    if (!existsSync(file)) {
      if (rest === 'index.html') return c.html(`<!doctype html><html lang="en"><head><title>Not built</title></head><body><p>The ${resource.key} resource is not built. Run <code>npm run build</code>.</p></body></html>`, 503);
      return c.notFound();
    }
    if (rest === 'index.html') {
      // The bridge hook must be defined before the app's bundle evaluates (forge-platform.md 7.8).
      const page = readFileSync(file, 'utf8').replace('<head>', '<head>\n    <script src="/__shell/bridge-client.js"></script>');
      return c.html(page);
    }
    return c.body(readFileSync(file), 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
  });
  return app;
}
