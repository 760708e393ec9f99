import type { EntryKindView } from './response-contract';

/**
 * Each kind of timeline entry in words, for the panel, the postmortem and the Markdown export
 * (the stored kind is a code: "sla-escalation").
 */
export const ENTRY_KIND_LABELS: Readonly<Record<EntryKindView, string>> = {
  note: 'Note',
  action: 'Action',
  decision: 'Decision',
  evidence: 'Evidence',
  communication: 'Communication',
  role: 'Role',
  phase: 'Phase',
  runbook: 'Runbook',
  custody: 'Custody',
  priority: 'Priority',
  'sla-escalation': 'Service level',
  legal: 'Legal',
  exercise: 'Exercise',
  report: 'Report',
  'follow-up': 'Follow-up',
  alert: 'Alert',
  paging: 'Paging',
};

/**
 * A kind in words. A kind added since this list was written still reads as words, not as a code.
 * @example entryKindInWords('sla-escalation') // 'Service level'
 * @example entryKindInWords('stakeholder-update') // 'Stakeholder update'
 */
export function entryKindInWords(kind: string): string {
  const label = (ENTRY_KIND_LABELS as Readonly<Record<string, string>>)[kind];
  if (label) return label;
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
