import type { CiaFlags } from '../incident/incident-record';
import type { FollowUpView, LinkedIssueView } from '../../shared/report-contract';
import type { LegalView, SlaView } from '../../shared/resolver-contract';
import type { ResponseView, TimelineEntryView, TimelineVerificationView } from '../../shared/response-contract';

/** One change of priority, whether made in the app (matrix, override) or in Jira. */
export interface PriorityStep {
  at: string;
  from: string | null;
  to: string | null;
  by: string | null;
  reason: string | null;
  source: 'app' | 'jira';
}

/**
 * Everything a report is generated from, gathered by the use case from what the incident already
 * recorded: the panel's views of the SLA and legal clocks and the response workspace, the whole
 * timeline with its verification, and the follow-ups and links read from Jira.
 */
export interface ReportFacts {
  generatedAt: string;
  /**
   * The zone every time in the report is written in: the incident's working-hours calendar's, else
   * the site's first calendar's; null when none is known (the report then says it uses UTC).
   */
  timeZone: string | null;
  /** The Jira site's address, for links to issues; null leaves keys unlinked. */
  siteUrl: string | null;
  issue: { key: string; summary: string; status: string };
  incident: {
    category: string | null;
    priority: string | null;
    impact: string | null;
    urgency: string | null;
    cia: CiaFlags;
    exercise: boolean;
    reportedAt: string;
    triage: { state: string; at: string | null };
  };
  /** Display names by account id; unknown ids are shown as "a former user". */
  names: Readonly<Record<string, string>>;
  priorityHistory: PriorityStep[];
  sla: SlaView;
  legal: LegalView;
  response: Pick<ResponseView, 'roles' | 'phaseHistory' | 'runbook' | 'evidence' | 'contacts' | 'contactsHidden'>;
  timeline: TimelineEntryView[];
  verification: TimelineVerificationView;
  followUps: FollowUpView[];
  linkedIssues: LinkedIssueView[];
  /**
   * Follow-ups and linked issues left out, and for whom: the 'viewer' (the person reading it now)
   * cannot open them, or not every one of a published report's 'readers' may.
   */
  withheld: { followUps: number; linkedIssues: number; audience: 'viewer' | 'readers' };
}

/**
 * Written sections as stored: text by section id, with who wrote it last, when, and how many saves
 * it has had (absent on sections saved before saves were counted: one).
 */
export type WrittenSections = Readonly<Record<string, { text: string; by: string; at: string; revision?: number }>>;

/**
 * A section's revision as stored: 0 when never saved.
 * @example sectionRevision({ 'root-cause': { text: 'x', by: 'a', at: '2026-01-01T00:00:00Z' } }, 'root-cause') // 1
 */
export const sectionRevision = (written: WrittenSections, sectionId: string): number => {
  const section = written[sectionId];
  return section ? (section.revision ?? 1) : 0;
};
