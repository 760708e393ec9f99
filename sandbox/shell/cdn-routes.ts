/**
 * Forge's CDN for the app's Custom UI resources, on an origin of its own (a second port), as Forge serves
 * them from its CDN rather than from the Jira site (https://developer.atlassian.com/platform/forge/custom-ui/iframe/).
 * Each resource's page carries the Content-Security-Policy @forge/csp computes from manifest.yml
 * (forge-csp.ts), reporting violations to the site. The bridge hook is injected ahead of the app's
 * bundle (forge-platform.md 7.8); it talks to the Jira page by postMessage only, as Forge's bridge does.
 * Beside each built `__LOCALES__` it serves the test pseudo-locale (pseudo-locale.ts), which never ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import { REPO_ROOT, type Site } from '../site';
import { forgeCspHeader } from './forge-csp';
import { type Messages, PSEUDO_LOCALE, pseudoMessages } from './pseudo-locale';

/** Content types of what the CDN and the shell serve. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const ASSETS = join(REPO_ROOT, 'sandbox', 'shell', 'assets');
const TOKEN_THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];
/** Where the browser reports violations, on the site's origin. */
export const CSP_REPORT_PATH = '/__csp-report';

/** The Jira page's origin the frame was rendered for: only the local site's own loopback origins. */
export function siteOriginOf(value: string | undefined): string | null {
  try {
    const url = new URL(value ?? '');
    return /^https?:$/.test(url.protocol) && ['localhost', '127.0.0.1'].includes(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}

let tokensCss: string | null = null;
/** The design tokens' theme CSS (public, the same for every site). */
export function designTokensCss(): string {
  tokensCss ??= TOKEN_THEMES.map((t) => (require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${t}.js`) as { default: string }).default).join('\n');
  return tokensCss;
}

/**
 * The test pseudo-locale beside a resource's built translations (pseudo-locale.ts): its messages,
 * made from the resource's en-US file, and the i18n-info.json that lists it among the locales;
 * null for every other file, and when the resource has no translations built.
 */
function pseudoLocaleFile(root: string, rest: string): object | null {
  const locales = join(root, '__LOCALES__');
  if (!existsSync(join(locales, 'i18n-info.json'))) return null;
  if (rest === `__LOCALES__/${PSEUDO_LOCALE}.json`) {
    const source = join(locales, 'en-US.json');
    return existsSync(source) ? pseudoMessages(JSON.parse(readFileSync(source, 'utf8')) as Messages) : null;
  }
  if (rest === '__LOCALES__/i18n-info.json') {
    const info = JSON.parse(readFileSync(join(locales, 'i18n-info.json'), 'utf8')) as { config: { locales: string[] } };
    return { ...info, config: { ...info.config, locales: [...info.config.locales.filter((l) => l !== PSEUDO_LOCALE), PSEUDO_LOCALE] } };
  }
  return null;
}

export function cdnRoutes(site: Site) {
  const app = new Hono();
  app.get('/__cdn/bridge-client.js', (c) => c.body(readFileSync(join(ASSETS, 'bridge-client.js'), 'utf8'), 200, { 'content-type': TYPES['.js']! }));
  app.get('/__cdn/tokens.css', (c) => c.body(designTokensCss(), 200, { 'content-type': TYPES['.css']!, 'cache-control': 'max-age=3600' }));
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/apps/:resource/*', (c) => {
    const resource = site.manifest.resources.find((r) => r.key === c.req.param('resource'));
    if (!resource) return c.notFound();
    const root = join(REPO_ROOT, resource.path);
    const rest = c.req.path.slice(`/apps/${resource.key}/`.length) || 'index.html';
    const file = normalize(join(root, rest));
    if (!file.startsWith(root + sep)) return c.notFound();
    const pseudo = pseudoLocaleFile(root, rest);
    if (pseudo) return c.json(pseudo, 200, { 'cache-control': 'max-age=600' });
    if (!existsSync(file)) {
      if (rest === 'index.html')
        return c.html(
          `<!doctype html><html lang="en"><head><title>Not built</title></head><body><p>The ${resource.key} resource is not built. Run <code>npm run build</code>.</p></body></html>`,
          503,
        );
      return c.notFound();
    }
    if (rest === 'index.html') {
      const siteOrigin = siteOriginOf(c.req.query('host'));
      if (!siteOrigin) return c.text('A Custom UI resource is served only inside the Jira page it was rendered for.', 400);
      const page = readFileSync(file, 'utf8').replace('<head>', '<head>\n    <script src="/__cdn/bridge-client.js"></script>');
      return c.html(page, 200, { 'content-security-policy': forgeCspHeader(page, site.manifest.permissions, siteOrigin, `${siteOrigin}${CSP_REPORT_PATH}`) });
    }
    return c.body(readFileSync(file), 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
  });
  return app;
}
