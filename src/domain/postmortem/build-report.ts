import type { ReportBlockView, ReportDocumentView } from '../../shared/report-contract';
import { breachContactBlocks, breachNatureBlocks, detectionBlocks, impactBlocks, overviewBlocks, priorityHistoryBlocks } from './incident-fact-blocks';
import { legalBlocks, slaBlocks } from './obligation-fact-blocks';
import { sectionRevision, type ReportFacts, type WrittenSections } from './report-facts';
import type { FactBlock, ReportTemplate } from './report-templates';
import { bold, issueLink, paragraph, plain, timeOf, zoneStatement } from './report-text';
import { actionItemsBlocks, evidenceBlocks, linkedIssuesBlocks, phasesBlocks, rolesBlocks, runbookBlocks, timelineBlocks } from './response-fact-blocks';

export interface BuildOptions {
  /** Keep only the newest N timeline entries (for size-limited targets such as a Jira comment). */
  timelineLimit?: number;
}

const BLOCKS: Record<FactBlock, (facts: ReportFacts, options: BuildOptions) => ReportBlockView[]> = {
  overview: overviewBlocks,
  impact: impactBlocks,
  detection: detectionBlocks,
  'priority-history': priorityHistoryBlocks,
  sla: slaBlocks,
  legal: legalBlocks,
  roles: rolesBlocks,
  phases: phasesBlocks,
  runbook: runbookBlocks,
  evidence: evidenceBlocks,
  'linked-issues': linkedIssuesBlocks,
  'action-items': actionItemsBlocks,
  timeline: (facts, options) => timelineBlocks(facts, options.timelineLimit),
  'breach-nature': breachNatureBlocks,
  'breach-contact': breachContactBlocks,
};

/** A caption over a fact block, when a section holds several. */
const CAPTIONS: Partial<Record<FactBlock, string>> = {
  impact: 'Recorded impact',
  detection: 'Detection times',
  'priority-history': 'Priority changes',
  sla: 'SLA clocks',
  legal: 'Legal notifications',
  roles: 'Roles',
  phases: 'Lifecycle phases',
  runbook: 'Runbook',
  evidence: 'Evidence register',
  'linked-issues': 'Other linked issues',
  'action-items': 'Follow-ups',
};

function factsOf(blocks: readonly FactBlock[], facts: ReportFacts, options: BuildOptions): ReportBlockView[] {
  return blocks.flatMap((b) => {
    const caption = blocks.length > 1 ? CAPTIONS[b] : undefined;
    return [...(caption ? [paragraph(bold(caption))] : []), ...BLOCKS[b](facts, options)];
  });
}

/**
 * The report as a small block model: each section with what people wrote (kept between
 * generations) and the facts the app reads from the incident. Renderers (ADF, Markdown, the
 * panel's preview) only ever put people's text into text, never into structure.
 */
export function buildReport(template: ReportTemplate, facts: ReportFacts, written: WrittenSections, options: BuildOptions = {}): ReportDocumentView {
  return {
    kind: template.kind,
    title: `${facts.issue.key} ${template.title}: ${facts.issue.summary}`,
    purpose: template.purpose,
    generatedAt: facts.generatedAt,
    lead: [
      bold('Incident '),
      issueLink(facts.siteUrl, facts.issue.key),
      plain(
        ` · priority ${facts.incident.priority ?? 'not set'} · ${facts.issue.status} · generated ${timeOf(facts, facts.generatedAt)} · timeline ${facts.verification.firstBreak ? 'BROKEN' : 'verified'} · ${zoneStatement(facts)}`,
      ),
    ],
    sections: template.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      prompt: s.prompt,
      written: s.prompt !== null && written[s.id]?.text.trim() ? { text: written[s.id]!.text, by: written[s.id]!.by, at: written[s.id]!.at } : null,
      revision: sectionRevision(written, s.id),
      facts: factsOf(s.facts, facts, options),
    })),
  };
}
