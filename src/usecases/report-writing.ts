import { reportToMarkdown } from '../domain/postmortem/report-markdown';
import { templateOf } from '../domain/postmortem/postmortem-settings';
import { sectionOf, type ReportKind } from '../domain/postmortem/report-templates';
import type { ReportMarkdownView, ReportSectionInput, ReportView } from '../shared/report-contract';
import { sha256Hex } from '../domain/timeline/entry-hash';
import { AppError } from './app-error';
import { appendToTimeline } from './append-to-timeline';
import type { StoredSection } from './report-ports';
import { generateReport, openReport, REPORT_ANSWER_BUDGET, reportWithin, toReportView, type ReportDeps } from './report-view';

/**
 * Saves what a person wrote in one section (root cause, what went well, ...). It is kept under its
 * own key, so two people writing different sections never overwrite each other, and it survives
 * every regeneration. An empty text clears the section. A save names the section's revision the
 * writer started from: when a colleague saved it since, nothing is saved and the writer is told
 * whose text is there now. Every save is a timeline entry with the text's SHA-256.
 */
export async function saveReportSection(
  deps: ReportDeps,
  issueKey: string,
  accountId: string,
  siteUrl: string | null,
  input: ReportSectionInput,
): Promise<ReportView> {
  const { issue, record, config } = await openReport(deps, issueKey, 'You need permission to edit this issue to write its reports.');
  const section = sectionOf(templateOf(config.postmortem, input.kind), input.sectionId);
  if (!section)
    throw new AppError('VALIDATION_FAILED', 'This report has no such section; reload the panel to see the current template.', {
      sectionId: 'Choose a section of the template.',
    });
  if (section.prompt === null)
    throw new AppError('VALIDATION_FAILED', `"${section.heading}" is written by the app from the incident's data.`, {
      sectionId: 'Choose a section people write.',
    });
  const at = deps.now();
  const revision = input.expectedRevision + 1;
  const outcome = await deps.reports.saveSectionIfRevision(
    issue.id,
    input.kind,
    section.id,
    { text: input.text, by: accountId, at, revision },
    input.expectedRevision,
  );
  if (!outcome.saved) throw await sectionConflict(deps, section.heading, outcome.current);
  const title = templateOf(config.postmortem, input.kind).title;
  await appendToTimeline(deps.timeline, issue.id, {
    kind: 'report',
    text: `${title}: "${section.heading}" ${input.text.trim() === '' ? 'cleared' : input.expectedRevision === 0 ? 'written' : 'rewritten'}.`,
    happenedAt: at,
    recordedAt: at,
    by: accountId,
    corrects: null,
    data: { report: input.kind, section: section.id, revision, sha256: sha256Hex(input.text) },
  });
  const [report, publication] = await Promise.all([
    generateReport(deps, issue, record, config, input.kind, siteUrl, true),
    deps.reports.publication(issue.id, input.kind),
  ]);
  return toReportView(report, record, config, deps.now(), publication, true, issue.securityLevelId !== null);
}

/** The refusal a stale save gets: who saved the section meanwhile, in words, and what to do. */
async function sectionConflict(deps: ReportDeps, heading: string, current: StoredSection | undefined): Promise<AppError> {
  const who = current ? ((await deps.jira.displayNames([current.by]))[current.by] ?? 'a former user') : 'someone';
  return new AppError(
    'CONFLICT',
    `${who} saved "${heading}" while you were writing. Nothing was saved: copy your text, reload the report to read theirs, and add yours to it.`,
  );
}

/** The report as a Markdown file, for download. */
export async function reportMarkdown(deps: ReportDeps, issueKey: string, siteUrl: string | null, kind: ReportKind): Promise<ReportMarkdownView> {
  const { issue, canEdit, record, config } = await openReport(deps, issueKey);
  const document = reportWithin(await generateReport(deps, issue, record, config, kind, siteUrl, canEdit), REPORT_ANSWER_BUDGET);
  return { filename: `${issue.key}-${kind}-${deps.now().slice(0, 10)}.md`, mediaType: 'text/markdown', content: reportToMarkdown(document) };
}
