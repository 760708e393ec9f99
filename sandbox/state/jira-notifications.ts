/**
 * The emails Jira sends on its own, kept in the outbox beside what the app sends with /notify, so a
 * page shows there with its recipient as on a real site:
 * - **Assigned.** Jira's default notification scheme emails the current assignee on "Work item
 *   assigned" (https://support.atlassian.com/jira-cloud-administration/docs/configure-notification-schemes/).
 * - **Mentioned.** Someone @mentioned in a comment gets an email when they can see the comment
 *   (https://support.atlassian.com/jira-software-cloud/docs/mention-someone-in-an-issue/); an internal
 *   comment of Jira Service Management is seen by agents only, so only they are told of it.
 * People are not emailed about their own changes (Jira's default "notify me of my own changes" is
 * off), nor about an issue they cannot browse. Whether Jira sends either email when the author is an
 * app account is not documented; the documented rules name no exception, so the site sends them and
 * the admin guide asks to confirm it on a real site.
 */
import { findUser } from './directory';
import { canSeeComment } from './comment-visibility';
import { canSeeIssue } from './permissions';
import type { SiteState, StoredComment, StoredIssue } from './site-state';

function mentionedIds(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof node !== 'object' || node === null) return found;
  const n = node as { type?: unknown; attrs?: { id?: unknown }; content?: unknown };
  if (n.type === 'mention' && typeof n.attrs?.id === 'string') found.add(n.attrs.id);
  if (Array.isArray(n.content)) for (const child of n.content) mentionedIds(child, found);
  return found;
}

function send(state: SiteState, issue: StoredIssue, sentBy: string, sentAt: string, subject: string, recipients: string[]): void {
  if (recipients.length === 0) return;
  state.outbox.push({ id: String(state.seq.message++), issueKey: issue.key, sentAt, sentBy, subject, textBody: null, htmlBody: null, recipients });
}

const nameOf = (accountId: string) => findUser(accountId)?.displayName ?? 'Someone';

/** After a comment is added: "X mentioned you on KEY" to each mentioned person who can read it. */
export function sendMentionEmails(state: SiteState, issue: StoredIssue, comment: StoredComment, sentAt: string): void {
  const to = [...mentionedIds(comment.body)].filter((id) => id !== comment.author && findUser(id) && canSeeComment(id, issue, comment));
  send(state, issue, comment.author, sentAt, `${nameOf(comment.author)} mentioned you on ${issue.key}: ${issue.fields.summary}`, to);
}

/** After the assignee changed: "X assigned KEY to you", unless they assigned it to themselves. */
export function sendAssignmentEmail(state: SiteState, issue: StoredIssue, assignee: string | null, actor: string, sentAt: string): void {
  if (!assignee || assignee === actor || !findUser(assignee) || !canSeeIssue(assignee, issue)) return;
  send(state, issue, actor, sentAt, `${nameOf(actor)} assigned ${issue.key} to you: ${issue.fields.summary}`, [assignee]);
}
