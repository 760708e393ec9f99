/**
 * A public comment on the portal's request page, as Jira Service Management shows it to the customer:
 * its author's name, then its paragraphs, a hard break as a line break. The panel's reply preview
 * (static/panel/src/components/reporter-reply/reply-preview.tsx) shows a reply the same way.
 */
import { findUser } from '../../state/directory';
import type { StoredComment } from '../../state/site-state';
import { html, type Html } from '../html';

type AdfNode = { type?: string; text?: string; content?: AdfNode[] };

/** The lines of one block: text nodes joined, a hardBreak starting a new line. */
function lines(node: AdfNode): string[] {
  const out = [''];
  const walk = (n: AdfNode) => {
    if (n.type === 'hardBreak') out.push('');
    else if (typeof n.text === 'string') out[out.length - 1] += n.text;
    for (const child of n.content ?? []) walk(child);
  };
  for (const child of node.content ?? []) walk(child);
  return out;
}

export function portalComment(comment: StoredComment): Html {
  const blocks = ((comment.body as AdfNode).content ?? []).map(lines);
  return html`<article class="portal-comment" data-testid="portal-comment">
    <p class="portal-comment-author"><strong>${findUser(comment.author)?.displayName ?? 'Someone'}</strong></p>
    ${blocks.map((block) => html`<p>${block.map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>`)}
  </article>`;
}
