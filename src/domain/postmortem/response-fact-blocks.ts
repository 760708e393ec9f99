import type { ReportBlockView } from '../../shared/report-contract';
import { entryKindInWords } from '../../shared/entry-kind-words';
import { PHASE_LABELS } from '../response/lifecycle-phases';
import type { ReportFacts } from './report-facts';
import { stakeholderUpdateBlocks } from './stakeholder-update-blocks';
import { bold, bullets, issueLink, labelled, nameOf, note, paragraph, plain, table, timeOf } from './report-text';

export function rolesBlocks(facts: ReportFacts): ReportBlockView[] {
  const held = facts.response.roles.filter((r) => r.accountId !== null);
  if (held.length === 0) return [note('No response roles were assigned.')];
  return [bullets(held.map((r) => labelled(r.label, `${nameOf(facts.names, r.accountId)} (since ${timeOf(facts, r.at)})`)))];
}

export function phasesBlocks(facts: ReportFacts): ReportBlockView[] {
  const phases = facts.response.phaseHistory;
  if (phases.length === 0) return [note('No lifecycle phase was recorded after detection and analysis.')];
  return [
    table(
      ['From', 'Phase', 'Recorded by', 'Note'],
      phases.map((p) => [timeOf(facts, p.at), PHASE_LABELS[p.phase], nameOf(facts.names, p.by), p.reason ?? '']),
    ),
  ];
}

export function runbookBlocks(facts: ReportFacts): ReportBlockView[] {
  const runbook = facts.response.runbook;
  if (!runbook) return [note('No runbook applies to this category.')];
  const done = runbook.steps.filter((s) => s.done).length;
  return [
    paragraph(plain(`Runbook "${runbook.title}": ${done} of ${runbook.steps.length} steps done.`)),
    bullets(runbook.steps.map((s) => [plain(s.done ? `Done: ${s.text} (${nameOf(facts.names, s.by)}, ${timeOf(facts, s.at)})` : `Not done: ${s.text}`)])),
  ];
}

export function evidenceBlocks(facts: ReportFacts): ReportBlockView[] {
  const items = facts.response.evidence;
  if (items.length === 0) return [note('No evidence was registered.')];
  return [
    table(
      ['Item', 'SHA-256', 'Collected by', 'Collected', 'Held by'],
      items.map((e) => [e.item, e.sha256, e.collectedBy, timeOf(facts, e.collectedAt), e.holder]),
    ),
  ];
}

/**
 * Why some issues are not listed, in words, without naming them (`more`: after those that are).
 * @example withheldNote(2, 'linked issue', 'readers', true)[0] // { type: 'note', text: '2 more linked issues are not listed: not everyone who reads this report may open them.' }
 */
export function withheldNote(count: number, what: string, audience: 'viewer' | 'readers', more: boolean): ReportBlockView[] {
  if (count === 0) return [];
  const them = count === 1 ? 'it' : 'them';
  const who = audience === 'viewer' ? `you cannot open ${them}` : `not everyone who reads this report may open ${them}`;
  return [note(`${count}${more ? ' more' : ''} ${what}${count === 1 ? ' is' : 's are'} not listed: ${who}.`)];
}

export function linkedIssuesBlocks(facts: ReportFacts): ReportBlockView[] {
  const links = facts.linkedIssues.filter((l) => !facts.followUps.some((f) => f.key === l.key));
  const withheld = withheldNote(facts.withheld.linkedIssues, 'linked issue', facts.withheld.audience, links.length > 0);
  if (links.length === 0) return withheld.length > 0 ? withheld : [note('No other linked issues.')];
  return [
    table(
      ['Issue', 'Link', 'Summary', 'Status'],
      links.map((l) => [[issueLink(facts.siteUrl, l.key)], l.relation, l.summary, l.status]),
    ),
    ...withheld,
  ];
}

export function actionItemsBlocks(facts: ReportFacts): ReportBlockView[] {
  const withheld = withheldNote(facts.withheld.followUps, 'follow-up', facts.withheld.audience, facts.followUps.length > 0);
  if (facts.followUps.length === 0) return withheld.length > 0 ? withheld : [note('No follow-up issues yet.')];
  const open = facts.followUps.filter((f) => !f.done).length;
  return [
    paragraph(plain(`${facts.followUps.length} follow-up${facts.followUps.length === 1 ? '' : 's'}, ${open} still open.`)),
    table(
      ['Follow-up', 'Summary', 'Status'],
      facts.followUps.map((f) => [[issueLink(facts.siteUrl, f.key)], f.summary, f.status]),
    ),
    ...withheld,
  ];
}

/**
 * The timeline with its integrity check. `limit` keeps the newest entries only, for targets with
 * a size limit (a Jira comment); the full account is in the timeline export.
 */
export function timelineBlocks(facts: ReportFacts, limit = Infinity): ReportBlockView[] {
  const entries = facts.timeline;
  const shown = entries.length > limit ? entries.slice(entries.length - limit) : entries;
  const v = facts.verification;
  return [
    paragraph(bold('Integrity: '), plain(`${v.summary} (verified ${timeOf(facts, v.verifiedAt)})`)),
    ...(shown.length < entries.length
      ? [note(`The ${entries.length - shown.length} earliest entries are not shown here; export the timeline from the incident panel for the full account.`)]
      : []),
    entries.length === 0
      ? note('The timeline has no entries.')
      : table(
          ['#', 'Happened', 'Kind', 'By', 'What'],
          shown.map((e) => [
            String(e.seq),
            timeOf(facts, e.happenedAt),
            entryKindInWords(e.kind),
            nameOf(facts.names, e.by),
            e.corrects === null ? e.text : `${e.text} (corrects #${e.corrects})`,
          ]),
        ),
    // The updates stakeholders got, listed on their own (the whole timeline's, whatever the limit).
    ...stakeholderUpdateBlocks(facts),
  ];
}
