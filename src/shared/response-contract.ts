/**
 * The response workspace's part of the UI contract: roles, phases, the evidence register, the
 * timeline's pages, verification and export, and the actions that change them. Re-exported by
 * resolver-contract.ts, which the UIs import.
 */
export type RoleKeyView = 'commander' | 'techLead' | 'coordinator' | 'comms' | 'legalLead' | 'scribe';
export type PhaseView = 'detection-analysis' | 'containment' | 'eradication-recovery' | 'post-incident';
export type PersonEntryKindView = 'note' | 'action' | 'decision' | 'evidence' | 'communication';
export type EntryKindView =
  | PersonEntryKindView
  | 'role'
  | 'phase'
  | 'runbook'
  | 'custody'
  | 'priority'
  | 'sla-escalation'
  | 'legal'
  | 'exercise'
  | 'report'
  | 'follow-up'
  | 'alert'
  | 'paging';

/** One timeline entry as stored: the panel shows it and can recompute nothing it cannot see. */
export interface TimelineEntryView {
  seq: number;
  kind: EntryKindView;
  text: string;
  happenedAt: string;
  recordedAt: string;
  by: string | null;
  corrects: number | null;
  data: Record<string, string | number | boolean | null> | null;
  prevHash: string;
  hash: string;
}

/** One block of the timeline: the entries numbered block*100 .. block*100+99 (one storage page). */
export interface TimelinePageView {
  block: number;
  entries: TimelineEntryView[];
  /** The block before, to load earlier entries; null at the start. */
  earlier: number | null;
}

export type ChainProblemView = 'altered' | 'relinked' | 'missing-before' | 'foreign' | 'truncated';

export interface TimelineVerificationView {
  checked: number;
  firstBreak: { seq: number; problem: ChainProblemView } | null;
  summary: string;
  verifiedAt: string;
}

/**
 * One part of a timeline export. A long timeline is more than one invoke may answer (5 MB), so the
 * file comes in parts: the panel asks for part 0, then for the next with the same `asOf`, and joins
 * the contents in order.
 */
export interface TimelineExportView {
  filename: string;
  mediaType: 'application/json' | 'text/markdown';
  content: string;
  verification: TimelineVerificationView;
  part: number;
  parts: number;
  /** What every later part must ask with, so all parts describe the same timeline. */
  asOf: { at: string; seq: number };
}

export interface TimelineExportInput {
  format: 'json' | 'markdown';
  /** 0 for the first part (the default). */
  part?: number;
  /** From part 0's answer; required for the later parts. */
  asOf?: { at: string; seq: number };
}

export interface EvidenceView {
  id: string;
  item: string;
  sha256: string;
  hashSource: 'given' | 'computed';
  source: string;
  collectedBy: string;
  collectedAt: string;
  recordedBy: string;
  holder: string;
  custody: { from: string; to: string; at: string; why: string; recordedBy: string }[];
}

export interface ResponseView {
  roles: { role: RoleKeyView; label: string; accountId: string | null; by: string | null; at: string | null }[];
  phase: PhaseView;
  phases: { phase: PhaseView; label: string }[];
  phaseHistory: { phase: PhaseView; at: string; recordedAt: string; by: string; reason: string | null }[];
  runbook: { id: string; title: string; steps: { id: string; text: string; phase: PhaseView; done: boolean; by: string | null; at: string | null }[] } | null;
  evidence: EvidenceView[];
  contacts: { id: string; name: string; role: string; channel: string; emergency: string; tellBy: string | null }[];
  /** Whether any contacts are configured at all (to tell "none for this incident" from "none set up"). */
  contactsConfigured: boolean;
  /** The viewer is not a responder (cannot edit the incident): contacts are not sent to them. */
  contactsHidden: boolean;
  /** The newest block of the timeline (earlier blocks load on demand). */
  timeline: TimelinePageView;
  /** How many entries the timeline has (as far as the app knows). */
  timelineLength: number;
  exerciseOf: { issueKey: string; kind: 'tabletop' | 'drill' } | null;
  /** Whether "new exercise from this incident" applies (a resolved, real incident). */
  canStartExercise: boolean;
}

/** Changes to the response workspace; each is also written to the timeline. */
export type ResponseRecordAction =
  | { expectedRevision: number; action: 'role'; role: RoleKeyView; accountId: string | null }
  | { expectedRevision: number; action: 'phase'; phase: PhaseView; at: string; reason?: string }
  | { expectedRevision: number; action: 'tick'; runbookId: string; stepId: string; done: boolean }
  | { expectedRevision: number; action: 'evidence'; item: string; sha256?: string; content?: string; source: string; collectedBy: string; collectedAt: string }
  | { expectedRevision: number; action: 'custody'; evidenceId: string; from: string; to: string; at: string; why: string };

/** A quick-add timeline entry; `happenedAt` is for backfilling (default: now). */
export interface TimelineAddInput {
  kind: PersonEntryKindView;
  text: string;
  happenedAt?: string;
  corrects?: number;
}

export interface ExerciseCreateInput {
  kind: 'tabletop' | 'drill';
}

/** A person as the on-call view names them (the id only for "is this me"; people read the name). */
export interface OnCallPersonView {
  accountId: string;
  name: string;
}

/** Who is on call for the incident's project, and where its paging stands. */
export interface OnCallView {
  /** The rota that applies; null when none is set up (then `noRota` says so in one sentence). */
  rota: { name: string; zone: string } | null;
  noRota: string | null;
  primary: OnCallPersonView | null;
  secondary: OnCallPersonView | null;
  /** When this answer changes next (a hand-off or an override); the panel says it in the rota's zone. */
  until: string | null;
  paging: {
    state: 'waiting-for-hours' | 'waiting-for-acknowledgement' | 'acknowledged' | 'ended';
    level: string;
    /** When paging will begin: the level waits for business hours. */
    startsAt: string | null;
    windowMinutes: number;
    /** Pages sent and places passed over, oldest first, in words. */
    pages: { kind: 'paged' | 'skipped'; role: string; name: string; at: string }[];
    acknowledgedBy: OnCallPersonView | null;
    acknowledgedAt: string | null;
  } | null;
  /** The viewer is among the people paged and nobody has acknowledged yet. */
  pagedYou: boolean;
  canAcknowledge: boolean;
  canAssignToMe: boolean;
  /** What the app could not do (Jira refused an assignment), in words. */
  notes: string[];
}
