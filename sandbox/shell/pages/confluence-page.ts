/**
 * A Confluence page as the local site shows it (/wiki/spaces/{key}/pages/{id}): title, version and
 * the ADF body rendered to escaped HTML, so a published postmortem can be read in the demo.
 * Only the nodes and marks the app writes are drawn; anything else shows as its text.
 */
import { html, page, type Html } from '../html';
import type { Shell, Viewer } from '../shell-context';

interface Node {
  type: string;
  text?: string;
  content?: Node[];
  attrs?: { level?: number };
  marks?: { type: string; attrs?: { href?: string } }[];
}

export function confluencePageView(shell: Shell, viewer: Viewer, spaceKey: string, id: string): { status: 200 | 404; body: string } {
  const confluence = shell.site.state.confluence;
  const stored = confluence?.pages[id];
  const space = confluence?.spaces.find((s) => s.key === spaceKey);
  if (!stored || !space || stored.spaceId !== space.id || !shell.site.hasConfluence) {
    return { status: 404, body: page({ ...viewer, title: 'Page not found', body: html`<p role="alert">This Confluence page does not exist.</p>` }) };
  }
  let doc: Node = { type: 'doc', content: [] };
  if (stored.body.representation === 'atlas_doc_format') doc = JSON.parse(stored.body.value) as Node;
  const body = html`<p class="muted">Confluence · ${space.name} · version ${stored.version.number}, ${stored.version.createdAt.slice(0, 16).replace('T', ' ')} UTC</p>
    <article data-testid="confluence-page" data-version="${stored.version.number}">${(doc.content ?? []).map(render)}</article>`;
  return { status: 200, body: page({ ...viewer, title: stored.title, body }) };
}

function render(node: Node): Html {
  const children = (node.content ?? []).map(render);
  switch (node.type) {
    case 'heading':
      return node.attrs?.level === 1 ? html`<h2>${children}</h2>` : html`<h3>${children}</h3>`;
    case 'paragraph':
      return html`<p>${children}</p>`;
    case 'bulletList':
      return html`<ul>${children}</ul>`;
    case 'listItem':
      return html`<li>${children}</li>`;
    case 'table':
      return html`<table>${children}</table>`;
    case 'tableRow':
      return html`<tr>${children}</tr>`;
    case 'tableHeader':
      return html`<th scope="col">${children}</th>`;
    case 'tableCell':
      return html`<td>${children}</td>`;
    case 'panel':
      return html`<div class="muted" role="note">${children}</div>`;
    case 'hardBreak':
      return html`<br>`;
    case 'text': {
      const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
      const strong = node.marks?.some((m) => m.type === 'strong');
      const text = strong ? html`<strong>${node.text}</strong>` : html`${node.text}`;
      return href && /^https?:\/\//.test(href) ? html`<a href="${href}">${text}</a>` : text;
    }
    default:
      return html`${children}`;
  }
}
