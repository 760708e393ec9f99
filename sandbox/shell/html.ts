/** Small HTML helpers for the shell pages: escaping, the page frame, and Custom UI iframes. */
import { USERS, findUser } from '../state/directory';
import type { Frame } from './frames';
import { FORGE_IFRAME_SANDBOX } from './forge-csp';
import { ANONYMOUS_ACCOUNT_ID } from '../state/user-kinds';

export type Html = { __html: string };
export const raw = (s: string): Html => ({ __html: s });

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** Tagged template that escapes every interpolation except Html values and arrays of them. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return raw(out);
}

function render(v: unknown): string {
  if (Array.isArray(v)) return v.map(render).join('');
  if (v && typeof v === 'object' && '__html' in v) return (v as Html).__html;
  if (v === false || v === null || v === undefined) return '';
  return esc(v);
}

export interface PageOptions {
  title: string;
  accountId: string;
  theme: 'light' | 'dark';
  path: string;
  body: Html;
}

const NAV = [
  ['/', 'Home'],
  ['/issues', 'Issues'],
  ['/jira/dashboards/10000', 'Dashboard'],
  ['/servicedesk/customer/portal/1', 'Help center'],
  ['/jira/settings/apps', 'App settings'],
  ['/sandbox', 'Control room'],
] as const;

export function page(o: PageOptions): string {
  const me = findUser(o.accountId);
  return `<!doctype html>${
    html`<html lang="en" data-color-mode="${o.theme}" data-theme="light:light dark:dark spacing:spacing typography:typography shape:shape">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · Local Jira site</title>
<link rel="stylesheet" href="/__shell/tokens.css"><link rel="stylesheet" href="/__shell/shell.css">
<!-- In the head, before any frame exists: a frame's first bridge message must find the page listening. -->
<script src="/__shell/shell.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <nav aria-label="Site">
    <span class="brand">Local Jira</span>
    ${NAV.map(([href, label]) => html`<a href="${href}" ${isCurrent(o.path, href) ? raw('aria-current="page"') : ''}>${label}</a>`)}
  </nav>
  <form method="post" action="/sandbox/user" class="who">
    <input type="hidden" name="back" value="${o.path}">
    <label for="user-switch">Signed in as</label>
    <select id="user-switch" name="accountId">${USERS.map((u) => html`<option value="${u.accountId}" ${u.accountId === o.accountId ? raw('selected') : ''}>${u.displayName} (${u.persona})</option>`)}
      <option value="${ANONYMOUS_ACCOUNT_ID}" ${o.accountId === ANONYMOUS_ACCOUNT_ID ? raw('selected') : ''}>Nobody (not logged in)</option></select>
    <button type="submit">Switch</button>
  </form>
  <form method="post" action="/sandbox/theme" class="theme">
    <input type="hidden" name="back" value="${o.path}">
    <button type="submit" name="theme" value="${o.theme === 'dark' ? 'light' : 'dark'}">${o.theme === 'dark' ? 'Light mode' : 'Dark mode'}</button>
  </form>
</header>
<main id="main">
<h1>${o.title}</h1>
${o.body}
</main>
<footer class="foot"><p>Local Jira site for the Incident response app · ${me?.displayName ?? 'anonymous'}</p></footer>
</body></html>`.__html
  }`;
}

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path.startsWith(href);
}

/** A Custom UI iframe as Jira renders it: from the CDN origin, sandboxed as Forge documents (forge-csp.ts). */
/** `lazy`: loads only once shown (an issue action's dialog: Jira loads it when the action is chosen). */
export function customUiFrame(frame: Frame, title: string, at: { siteOrigin: string; frameOrigin: string }, lazy = false): Html {
  const src = `${at.frameOrigin}/apps/${frame.resource}/index.html?frame=${frame.id}&host=${encodeURIComponent(at.siteOrigin)}`;
  return html`<iframe class="forge-frame" title="${title}" data-frame-id="${frame.id}" data-module="${frame.module.key}" data-origin="${at.frameOrigin}" sandbox="${FORGE_IFRAME_SANDBOX}" ${lazy ? raw('loading="lazy"') : ''} src="${src}"></iframe>`;
}

/** A section with an accessible heading, the shell's one layout block. */
export const section = (heading: string, body: Html, className = ''): Html =>
  html`<section class="card ${className}" aria-label="${heading}"><h2>${heading}</h2>${body}</section>`;
