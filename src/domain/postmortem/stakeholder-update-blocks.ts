import type { ReportBlockView } from '../../shared/report-contract';
import type { ReportFacts } from './report-facts';
import { bold, nameOf, paragraph, plain, table, timeOf } from './report-text';

/**
 * The stakeholder updates sent during the incident, read from the timeline's entries that record
 * one (data.stakeholderUpdate), oldest first; nothing when none was sent, so reports of incidents
 * without updates read as before.
 * @example stakeholderUpdateBlocks(facts with two update entries) // [paragraph 'Stakeholder updates: 2 sent.', table of both]
 */
export function stakeholderUpdateBlocks(facts: ReportFacts): ReportBlockView[] {
  const updates = facts.timeline.filter((e) => typeof e.data?.stakeholderUpdate === 'number');
  if (updates.length === 0) return [];
  return [
    paragraph(bold('Stakeholder updates: '), plain(`${updates.length} sent.`)),
    table(
      ['Sent', 'By', 'Update'],
      updates.map((e) => [timeOf(facts, e.happenedAt), nameOf(facts.names, e.by), e.text]),
    ),
  ];
}
