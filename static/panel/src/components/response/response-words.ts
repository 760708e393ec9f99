/**
 * Which message names each thing the response workspace gets from the backend as a code (a role,
 * a phase, a kind of timeline entry, a break in the chain). Written out key by key, so every key
 * is in the code (the unused-key check reads it); en-US's texts are the backend's own words.
 */
import type { MessageKey } from '../../../../common/i18n/message-key';
import type { ChainProblemView, EntryKindView, PhaseView, RoleKeyView } from '../../../../../src/shared/resolver-contract';

export const ROLE_KEYS: Record<RoleKeyView, MessageKey> = {
  commander: 'panel.response.role.commander',
  techLead: 'panel.response.role.techLead',
  coordinator: 'panel.response.role.coordinator',
  comms: 'panel.response.role.comms',
  legalLead: 'panel.response.role.legalLead',
  scribe: 'panel.response.role.scribe',
};

export const PHASE_KEYS: Record<PhaseView, MessageKey> = {
  'detection-analysis': 'panel.response.phase.name.detectionAnalysis',
  containment: 'panel.response.phase.name.containment',
  'eradication-recovery': 'panel.response.phase.name.eradicationRecovery',
  'post-incident': 'panel.response.phase.name.postIncident',
};

/** A phase as a message's select option (ICU options are identifiers: no hyphens). */
export const PHASE_OPTIONS: Record<PhaseView, string> = {
  'detection-analysis': 'detectionAnalysis',
  containment: 'containment',
  'eradication-recovery': 'eradicationRecovery',
  'post-incident': 'postIncident',
};

/** What a break in the chain is, as the verification message's select option. */
export const CHAIN_PROBLEM_OPTIONS: Record<ChainProblemView, string> = {
  altered: 'altered',
  relinked: 'relinked',
  'missing-before': 'missingBefore',
  foreign: 'foreign',
  truncated: 'truncated',
};

/** Each kind of timeline entry (src/shared/entry-kind-words.ts's words in en-US). */
export const ENTRY_KIND_KEYS: Record<EntryKindView, MessageKey> = {
  note: 'panel.response.entryKind.note',
  action: 'panel.response.entryKind.action',
  decision: 'panel.response.entryKind.decision',
  evidence: 'panel.response.entryKind.evidence',
  communication: 'panel.response.entryKind.communication',
  role: 'panel.response.entryKind.role',
  phase: 'panel.response.entryKind.phase',
  runbook: 'panel.response.entryKind.runbook',
  custody: 'panel.response.entryKind.custody',
  priority: 'panel.response.entryKind.priority',
  'sla-escalation': 'panel.response.entryKind.slaEscalation',
  legal: 'panel.response.entryKind.legal',
  exercise: 'panel.response.entryKind.exercise',
  report: 'panel.response.entryKind.report',
  'follow-up': 'panel.response.entryKind.followUp',
  alert: 'panel.response.entryKind.alert',
  paging: 'panel.response.entryKind.paging',
};
