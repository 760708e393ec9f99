/**
 * The typed contract between the Custom UIs and the resolver function: keys shaped `area/verb`,
 * the payload each takes and the data each returns inside the shared envelope.
 * UIs import this file with `import type` (plus the RESOLVER_KEYS constant).
 */
import type { Envelope } from './envelope';
import type { LegalRecordAction, LegalView } from './legal-contract';
export type {
  TriView,
  LegalAnswersView,
  ClockStartView,
  ObligationStateView,
  ObligationView,
  LegalView,
  LegalRecordAction,
  LegalQuestionView,
} from './legal-contract';
import type { PortalReport } from './portal-report';
import type { PriorityMatrix } from './priority-matrix';
import type {
  ExerciseCreateInput,
  OnCallView,
  ResponseRecordAction,
  ResponseView,
  TimelineAddInput,
  TimelineExportInput,
  TimelineExportView,
  TimelinePageView,
  TimelineVerificationView,
} from './response-contract';

export type {
  RoleKeyView,
  PhaseView,
  PersonEntryKindView,
  EntryKindView,
  TimelineEntryView,
  TimelinePageView,
  ChainProblemView,
  TimelineVerificationView,
  TimelineExportInput,
  TimelineExportView,
  EvidenceView,
  ResponseView,
  ResponseRecordAction,
  TimelineAddInput,
  ExerciseCreateInput,
  OnCallView,
  OnCallPersonView,
} from './response-contract';
import type { StatsExportView, StatsIncidentsView, StatsView } from './stats-contract';
import type { StakeholderSnoozeInput, StakeholderUpdateInput, StakeholderUpdatesView } from './stakeholder-contract';
import type {
  AlertSecretRotateInput,
  AlertSecretView,
  ProjectSettingsSaveInput,
  ProjectSettingsView,
  SettingsExportView,
  SettingsImportInput,
  SettingsImportView,
  SettingsSaveInput,
  SettingsSavedView,
  SettingsVersionView,
  SettingsView,
} from './settings-contract';
export type {
  SettingsDocument,
  ProjectOverrideDocument,
  SettingChangeView,
  SettingsVersionView,
  ChecklistItemView,
  MaturityCriterionView,
  StreamMaturityView,
  LegalRuleChoiceView,
  SettingsView,
  SettingsSaveInput,
  SettingsSavedView,
  SettingsImportInput,
  SettingsImportView,
  SettingsExportView,
  ProjectSettingsView,
  ProjectSettingsSaveInput,
} from './settings-contract';
export type {
  StatsExportRow,
  StatsExportView,
  StatsIncidentsView,
  StatsIncidentRow,
  StatsQueryInput,
  StatsView,
  StatsPeriod,
  StatsGrouping,
  CountView,
  ResponseTimeView,
  SlaComplianceView,
  PersonHoursView,
  StatsTotals,
} from './stats-contract';
import type {
  FollowUpInput,
  FollowUpView,
  PostmortemDutyView,
  ReportKindView,
  ReportMarkdownView,
  ReportSectionInput,
  ReportView,
  SimilarIncidentView,
} from './report-contract';
export type {
  ReportKindView,
  InlineView,
  ReportBlockView,
  ReportSectionView,
  ReportDocumentView,
  FollowUpView,
  LinkedIssueView,
  PublicationView,
  PostmortemDutyView,
  SimilarIncidentView,
  ReportView,
  ReportMarkdownView,
  ReportSectionInput,
  FollowUpInput,
} from './report-contract';

export const RESOLVER_KEYS = {
  incidentGet: 'incident/get',
  incidentUpdate: 'incident/update',
  incidentTriage: 'incident/triage',
  incidentDeclare: 'incident/declare',
  legalRecord: 'legal/record',
  responseRecord: 'response/record',
  timelineAdd: 'timeline/add',
  timelinePage: 'timeline/page',
  timelineVerify: 'timeline/verify',
  timelineExport: 'timeline/export',
  exerciseCreate: 'exercise/create',
  oncallGet: 'oncall/get',
  oncallAcknowledge: 'oncall/acknowledge',
  oncallAssignToMe: 'oncall/assign-to-me',
  postmortemGet: 'postmortem/get',
  postmortemSaveSection: 'postmortem/save-section',
  postmortemPublish: 'postmortem/publish',
  postmortemMarkdown: 'postmortem/markdown',
  postmortemFollowUp: 'postmortem/follow-up',
  postmortemSimilar: 'postmortem/similar',
  intakeOptions: 'intake/options',
  reportStatus: 'report/status',
  statsGet: 'stats/get',
  statsIncidents: 'stats/incidents',
  statsExport: 'stats/export',
  settingsGet: 'settings/get',
  settingsSave: 'settings/save',
  settingsHistory: 'settings/history',
  settingsRevert: 'settings/revert',
  settingsExport: 'settings/export',
  settingsImport: 'settings/import',
  settingsRotateAlertSecret: 'settings/rotate-alert-secret',
  projectSettingsGet: 'project-settings/get',
  projectSettingsSave: 'project-settings/save',
  reporterReplyDraft: 'reporter-reply/draft',
  reporterReplySend: 'reporter-reply/send',
  stakeholderUpdateGet: 'stakeholder-update/get',
  stakeholderUpdateSend: 'stakeholder-update/send',
  stakeholderUpdateSnooze: 'stakeholder-update/snooze',
} as const;

/** Limits shared by the UIs (to say so before sending) and the payload schemas (to refuse). */
export const TEXT_LIMITS = {
  section: 8000,
  followUp: 255,
  reason: 500,
  reference: 200,
  recipient: 300,
  entry: 4000,
  evidenceItem: 300,
  evidenceContent: 100_000,
  /** Well under Jira's 32,767-character comment body, in ADF. */
  reporterReply: 4000,
} as const;

export interface IncidentChangeView {
  at: string;
  /** Account id of who made the change; the UI looks up display names as the viewer. */
  by: string | null;
  field: string;
  from: string | null;
  to: string | null;
  reason: string | null;
}

export interface CiaFlagsView {
  confidentiality: boolean;
  integrity: boolean;
  availability: boolean;
  authenticity: boolean;
}

export type TriageStateView = 'event' | 'incident' | 'not-incident';

export interface CategoryView {
  id: string;
  label: string;
  description: string;
  examples: string[];
  /** What a reporter should do at once; empty when nothing. */
  advice: string;
}

export type SlaClockKindView = 'acknowledge' | 'contain' | 'resolve';
export type SlaClockStateView = 'running' | 'paused' | 'met' | 'missed' | 'not-applicable';

/** One SLA clock as of `SlaView.asOf`; the panel counts down from there without reloading. */
export interface SlaClockView {
  kind: SlaClockKindView;
  state: SlaClockStateView;
  targetMinutes: number;
  /** When the target is (or was) due; null while paused, as the deadline moves. */
  dueAt: string | null;
  /** When the pre-breach warning falls due (running clocks only). */
  warningAt: string | null;
  stoppedAt: string | null;
  /** Working time left at `asOf`, in ms; negative when late, by that much working time. */
  remainingMs: number;
  /** Whether working time is passing at `asOf`, and when that changes next (then reload). */
  counting: boolean;
  changesAt: string | null;
}

export interface SlaView {
  asOf: string;
  /** The priority level whose policy applies. */
  level: string | null;
  calendar: { id: string; name: string; timeZone: string; aroundTheClock: boolean } | null;
  clocks: SlaClockView[];
  /** Why there are no clocks (no priority yet, no policy for the level), in words; null when there are. */
  unavailable: string | null;
  warnAtPercent: number;
  /** Escalation steps done, e.g. "contain:warning:2026-11-23T10:00:00.000Z". */
  escalations: { step: string; at: string }[];
}

export interface IncidentView {
  issue: { id: string; key: string; summary: string; status: string; priority: string | null; securityLevel: string | null };
  incident: {
    category: string | null;
    impact: string | null;
    urgency: string | null;
    /** The priority level that applies (override or matrix). */
    priority: string | null;
    /** What the matrix alone says, with the cell's score. */
    computedPriority: string | null;
    score: number | null;
    override: { level: string; reason: string; by: string | null; at: string } | null;
    cia: CiaFlagsView;
    exercise: boolean;
    triage: { state: TriageStateView; by: string | null; at: string | null; reason: string | null };
    /** What the reporter said on the portal, kept apart from the triager's classification. */
    reporter: PortalReport | null;
    reportedAt: string;
    revision: number;
    updatedAt: string | null;
    history: IncidentChangeView[];
    /** The impact and urgency were set on a matrix the admin has since replaced: re-triage. */
    matrixChanged: boolean;
    /** Where the reporter's answers raised the category's defaults (for review), in words. */
    suggestedByReporter: string[];
  };
  sla: SlaView;
  legal: LegalView;
  response: ResponseView;
  /** The postmortem policy: required or not, due when, published. */
  postmortem: PostmortemDutyView;
  settings: {
    matrix: PriorityMatrix;
    categories: CategoryView[];
    /** The Jira priority the app sets for each level. */
    jiraPriorityByLevel: Record<string, string>;
  };
  /** Things the app could not do for this incident, in words for responders. */
  notes: string[];
  /** Whether the indexed issue property still matches the stored record (it can be edited by anyone). */
  indexInSync: boolean;
  canEdit: boolean;
}

export interface IncidentEdit {
  /** The revision the user saw; a stale revision is a CONFLICT, so nobody silently overwrites a colleague. */
  expectedRevision: number;
  category?: string | null;
  impact?: string | null;
  urgency?: string | null;
  exercise?: boolean;
  cia?: Partial<CiaFlagsView>;
  /** Set a level by hand (a reason is required), or null to go back to the matrix. */
  override?: { level: string; reason: string } | null;
  /** Why: recorded with every change. */
  reason?: string;
}

export interface IncidentTriageDecision {
  expectedRevision: number;
  action: 'confirm' | 'dismiss' | 'reopen';
  /** Required to dismiss or reopen. */
  reason?: string;
  /** Dismissing only: the reply the reporter gets with it (a public comment written as the responder). */
  reply?: ReporterReplyInput;
}

export interface IntakeOptionsView {
  /**
   * Whether this request type is an incident report on a set-up site. When it is not, the panel
   * shows nothing and leaves the form valid: an employee asking for a laptop is not asked what happened.
   */
  active: boolean;
  categories: CategoryView[];
}

/** What the reporter sees on their request page: no priorities, no internal notes. */
export interface ReportStatusView {
  key: string;
  status: string;
  /**
   * `looked-at`: a responder has responded (classified, acknowledged) but not decided yet; the
   * first-response promise is met, so the portal no longer makes it.
   */
  stage: 'received' | 'looked-at' | 'confirmed' | 'not-incident' | 'closed';
  /** The responder's reason when the report turned out not to be an incident. */
  outcome: string | null;
  expectedResponse: string;
  acknowledgedAt: string | null;
  reportedAt: string;
  category: string | null;
  personalData: string | null;
  /** What to do at once, for the category the reporter picked; null when none or once closed. */
  advice: string | null;
}

/** The reply the panel prefills for the reporter, for where their report stands. */
export interface ReporterReplyDraftView {
  situation: 'not-an-incident' | 'resolved' | 'in-progress';
  /** Prefilled in the reporter's language (`locale`): their Jira locale, else the app's default language. */
  text: string;
  /** The language `text` is written in (a Forge locale code, e.g. de-DE), for the panel to name it. */
  locale: string;
  /** A security level restricts the incident: sending needs the responder's explicit check. */
  restricted: boolean;
  /** Whether there is a reporter to reply to. */
  hasReporter: boolean;
}

export interface ReporterReplyInput {
  /** What the reporter will read, as the preview showed it. */
  text: string;
  /** "I checked that this reply says nothing the reporter may not know": required on a restricted incident. */
  checkedNothingInternal?: boolean;
}

export interface ReporterReplySentView {
  sentAt: string;
}

/** Payload and result per resolver key; used by makeResolver on the backend and the UI wrappers. */
export interface ResolverContract {
  /** `timeline: 'deferred'`: the timeline's entries are not read (its page names the blocks to read; `response.timelineLength` still counts them). */
  [RESOLVER_KEYS.incidentGet]: { payload: { timeline?: 'deferred' }; result: Envelope<IncidentView> };
  [RESOLVER_KEYS.incidentUpdate]: { payload: IncidentEdit; result: Envelope<IncidentView> };
  [RESOLVER_KEYS.incidentTriage]: { payload: IncidentTriageDecision; result: Envelope<IncidentView> };
  /** From the "Declare an incident" issue action: any issue the user can edit becomes an incident. */
  [RESOLVER_KEYS.incidentDeclare]: { payload: { reason: string }; result: Envelope<IncidentView> };
  [RESOLVER_KEYS.legalRecord]: { payload: LegalRecordAction; result: Envelope<IncidentView> };
  [RESOLVER_KEYS.responseRecord]: { payload: ResponseRecordAction; result: Envelope<IncidentView> };
  [RESOLVER_KEYS.timelineAdd]: { payload: TimelineAddInput; result: Envelope<TimelinePageView> };
  [RESOLVER_KEYS.timelinePage]: { payload: { block: number }; result: Envelope<TimelinePageView> };
  [RESOLVER_KEYS.timelineVerify]: { payload: Record<string, never>; result: Envelope<TimelineVerificationView> };
  [RESOLVER_KEYS.timelineExport]: { payload: TimelineExportInput; result: Envelope<TimelineExportView> };
  [RESOLVER_KEYS.exerciseCreate]: { payload: ExerciseCreateInput; result: Envelope<{ key: string }> };
  /** Who is on call for the issue's project and how its paging stands (loaded after the panel's first paint). */
  [RESOLVER_KEYS.oncallGet]: { payload: Record<string, never>; result: Envelope<OnCallView> };
  /** "I'm on it": one acknowledgement per paging; it stops further pages and assigns the incident to the caller. */
  [RESOLVER_KEYS.oncallAcknowledge]: { payload: Record<string, never>; result: Envelope<OnCallView> };
  [RESOLVER_KEYS.oncallAssignToMe]: { payload: Record<string, never>; result: Envelope<OnCallView> };
  [RESOLVER_KEYS.postmortemGet]: { payload: { kind: ReportKindView }; result: Envelope<ReportView> };
  [RESOLVER_KEYS.postmortemSaveSection]: { payload: ReportSectionInput; result: Envelope<ReportView> };
  [RESOLVER_KEYS.postmortemPublish]: { payload: { kind: ReportKindView }; result: Envelope<ReportView> };
  [RESOLVER_KEYS.postmortemMarkdown]: { payload: { kind: ReportKindView }; result: Envelope<ReportMarkdownView> };
  [RESOLVER_KEYS.postmortemFollowUp]: { payload: FollowUpInput; result: Envelope<FollowUpView[]> };
  [RESOLVER_KEYS.postmortemSimilar]: { payload: Record<string, never>; result: Envelope<SimilarIncidentView[]> };
  [RESOLVER_KEYS.intakeOptions]: { payload: Record<string, never>; result: Envelope<IntakeOptionsView> };
  [RESOLVER_KEYS.reportStatus]: { payload: Record<string, never>; result: Envelope<ReportStatusView> };
  /** The query is the gadget's saved configuration, read from the trusted context: the payload is empty. */
  [RESOLVER_KEYS.statsGet]: { payload: Record<string, never>; result: Envelope<StatsView> };
  [RESOLVER_KEYS.statsIncidents]: { payload: Record<string, never>; result: Envelope<StatsIncidentsView> };
  /** The manager's export: one row per incident of the gadget's period the viewer can see. */
  [RESOLVER_KEYS.statsExport]: { payload: Record<string, never>; result: Envelope<StatsExportView> };
  [RESOLVER_KEYS.settingsGet]: { payload: Record<string, never>; result: Envelope<SettingsView> };
  [RESOLVER_KEYS.settingsSave]: { payload: SettingsSaveInput; result: Envelope<SettingsSavedView> };
  [RESOLVER_KEYS.settingsHistory]: { payload: { before: number }; result: Envelope<SettingsVersionView[]> };
  [RESOLVER_KEYS.settingsRevert]: { payload: { version: number; baseVersion: number }; result: Envelope<SettingsSavedView> };
  [RESOLVER_KEYS.settingsExport]: { payload: Record<string, never>; result: Envelope<SettingsExportView> };
  [RESOLVER_KEYS.settingsImport]: { payload: SettingsImportInput; result: Envelope<SettingsImportView> };
  /** An alert source's new secret, returned this once. */
  [RESOLVER_KEYS.settingsRotateAlertSecret]: { payload: AlertSecretRotateInput; result: Envelope<AlertSecretView> };
  [RESOLVER_KEYS.projectSettingsGet]: { payload: Record<string, never>; result: Envelope<ProjectSettingsView> };
  [RESOLVER_KEYS.projectSettingsSave]: { payload: ProjectSettingsSaveInput; result: Envelope<ProjectSettingsView> };
  /** `dismissing`: the reply that goes with dismissing the event as not an incident. */
  [RESOLVER_KEYS.reporterReplyDraft]: { payload: { dismissing?: boolean }; result: Envelope<ReporterReplyDraftView> };
  /** A public comment to the reporter, written as the responder. */
  [RESOLVER_KEYS.reporterReplySend]: { payload: ReporterReplyInput; result: Envelope<ReporterReplySentView> };
  /** The stakeholder updates section: when the next is due, who receives it, the past updates. */
  [RESOLVER_KEYS.stakeholderUpdateGet]: { payload: Record<string, never>; result: Envelope<StakeholderUpdatesView> };
  /** One update, by Jira notification to the stakeholders and into the timeline. */
  [RESOLVER_KEYS.stakeholderUpdateSend]: { payload: StakeholderUpdateInput; result: Envelope<StakeholderUpdatesView> };
  /** Moves the reminder of the due update by 30 minutes, 1 hour or 2 hours (the cadence stays). */
  [RESOLVER_KEYS.stakeholderUpdateSnooze]: { payload: StakeholderSnoozeInput; result: Envelope<StakeholderUpdatesView> };
}
export type ResolverKey = keyof ResolverContract;
