/**
 * Every Forge storage key the app uses is built here, in one place, so prefixes never collide and
 * prefix queries stay correct. Keys must match /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/ and be at most 500
 * characters (Forge KVS limits).
 */
const safe = (part: string) => part.replace(/[^a-zA-Z0-9:._-]/g, '-');

/** Up to 99,999,999 entries per incident. */
const TIMELINE_SEQ_DIGITS = 8;

export const storageKeys = {
  incident: (issueId: string) => `incident:${issueId}`,
  incidentAll: () => 'incident:',
  /** Where the sweep's mirror patrol continues (a KVS query cursor over the incident records). */
  mirrorPatrol: () => 'mirror-patrol',
  /** One key per Jira priority change: append-only, so concurrent event handlers never collide. */
  priorityChange: (issueId: string, changelogId: string) => `jira-priority:${issueId}:${safe(changelogId)}`,
  priorityChangesOf: (issueId: string) => `jira-priority:${issueId}:`,
  /** One key per status change: the SLA facts survive concurrent event handlers that each rewrite the record. */
  statusChange: (issueId: string, changelogId: string) => `status-change:${issueId}:${safe(changelogId)}`,
  statusChangesOf: (issueId: string) => `status-change:${issueId}:`,
  /** The installation's key for the mirror's tags (made once, create-only; never shown or logged). */
  mirrorKey: () => 'mirror-key',
  /** An alert source's bearer secret (Forge secret storage: encrypted, never queried, never shown again). */
  alertSecret: (sourceId: string) => `alert-secret:${safe(sourceId)}`,
  /** What the app has recorded of one alert group of one source (its incident, alerts, resolution). */
  alertGroup: (sourceId: string, groupHash: string) => `alert-group:${safe(sourceId)}:${safe(groupHash)}`,
  /** Held while one delivery decides a group's batch, so two deliveries never open two incidents. */
  alertGroupLock: (sourceId: string, groupHash: string) => `alert-group-lock:${safe(sourceId)}:${safe(groupHash)}`,
  /** One source's count of incidents opened in one hour (a storm opens at most the cap, then folds). */
  alertOpenings: (sourceId: string, hour: string) => `alert-openings:${safe(sourceId)}:${safe(hour)}`,
  /** Paging of one incident: when it began, who was paged, who acknowledged (the sweep pages on). */
  paging: (issueId: string) => `paging:${issueId}`,
  pagingAll: () => 'paging:',
  /** An incident whose stakeholders hear on a cadence, with its newest update and snooze (the sweep's index). */
  stakeholderCadence: (issueId: string) => `stakeholder-cadence:${issueId}`,
  stakeholderCadences: () => 'stakeholder-cadence:',
  /** One stakeholder update, numbered without gaps per incident and written create-only (two senders never both win). */
  stakeholderUpdate: (issueId: string, seq: number) => `stakeholder-update:${issueId}:${String(seq).padStart(6, '0')}`,
  stakeholderUpdatesOf: (issueId: string) => `stakeholder-update:${issueId}:`,
  /** A short lease on one incident's cadence entry, so a snooze and a send never lose each other's writes. */
  stakeholderLock: (issueId: string) => `stakeholder-lock:${issueId}`,
  /** The app's settings, one value (well under the 240 KiB limit). */
  config: () => 'config:app',
  /** Which version the settings are at, who saved it and when (written with config:app in one transaction). */
  configHead: () => 'config:head',
  /** What one saved version changed (who, when, the diff), and the whole settings of that version. */
  configLog: (version: number) => `config-log:${String(version).padStart(8, '0')}`,
  configVersion: (version: number) => `config-v:${String(version).padStart(8, '0')}`,
  /** One scheduled look at an incident; keys sort by time, so the due ones come first. */
  dueEntry: (at: string, issueId: string) => `due:${safe(at)}:${issueId}`,
  dueEntries: () => 'due:',
  /** An incident whose Jira priority or indexed mirror may be behind its record (the sweep catches up). */
  jiraBehind: (issueId: string) => `jira-behind:${issueId}`,
  jiraBehindAll: () => 'jira-behind:',
  /** Held while one writer checks the record's revision and writes it (no lost updates). */
  recordLock: (issueId: string) => `record-lock:${issueId}`,
  /** Held while a save runs, so two admins saving at once cannot both win. */
  configLock: () => 'config-lock',
  /** Intake progress of one report: acknowledgement, priority and restriction done or not. */
  intake: (issueId: string) => `intake:${issueId}`,
  /** Claimed by the one delivery that takes over an intake whose runner (started then) never finished. */
  intakeTakeover: (issueId: string, startedAt: string) => `intake-takeover:${issueId}:${safe(startedAt)}`,
  intakeTakeoversOf: (issueId: string) => `intake-takeover:${issueId}:`,
  /** Claimed once per closing (when the issue entered "done"), so the reporter is told once even when events repeat. */
  closedNotice: (issueId: string, closedAt: string) => `notice:closed:${issueId}:${safe(closedAt)}`,
  closedNoticesOf: (issueId: string) => `notice:closed:${issueId}:`,
  /** One escalation step (clock, stage, due time) of one incident, claimed before it is sent. */
  escalationStep: (issueId: string, step: string) => `escalation:${issueId}:${safe(step)}`,
  escalationStepsOf: (issueId: string) => `escalation:${issueId}:`,
  /**
   * One key per timeline entry, numbered without gaps and zero-padded so keys sort in order and a
   * prefix of all but the last two digits selects one block of 100 (one KVS query page).
   */
  timelineEntry: (issueId: string, seq: number) => `timeline:${issueId}:${String(seq).padStart(TIMELINE_SEQ_DIGITS, '0')}`,
  timelineBlock: (issueId: string, block: number) => `timeline:${issueId}:${String(block).padStart(TIMELINE_SEQ_DIGITS - 2, '0')}`,
  timelineOf: (issueId: string) => `timeline:${issueId}:`,
  /** One entry a person added to an incident (their budget, counted create-only), and the last number taken. */
  authorEntry: (issueId: string, accountId: string, n: number) => `author-entry:${issueId}:${safe(accountId)}:${String(n).padStart(6, '0')}`,
  authorEntriesHint: (issueId: string, accountId: string) => `author-entry:${issueId}:${safe(accountId)}:last`,
  authorEntriesOf: (issueId: string) => `author-entry:${issueId}:`,
  /** Where the chain ended when last written (a hint: writers scan forward from it). */
  timelineHead: (issueId: string) => `timeline-head:${issueId}`,
  /** A deleted incident's tombstone (kept with a TTL, not purged with the issue). */
  tombstone: (issueId: string) => `tombstone:${issueId}`,
  tombstones: () => 'tombstone:',
  /** What people wrote in one section of one report (kept between generations). */
  reportSection: (issueId: string, kind: string, sectionId: string) => `report-section:${issueId}:${safe(kind)}:${safe(sectionId)}`,
  reportSectionsOf: (issueId: string, kind: string) => `report-section:${issueId}:${safe(kind)}:`,
  /** A short lease on one section, so a save checks the revision it was based on and writes with no one in between. */
  reportSectionLock: (issueId: string, kind: string, sectionId: string) => `report-section-lock:${issueId}:${safe(kind)}:${safe(sectionId)}`,
  /** Every written section of every report of one issue. */
  reportSectionsOfIssue: (issueId: string) => `report-section:${issueId}:`,
  /** Where a report was published (page or comment), so publishing again updates it. */
  reportPublication: (issueId: string, kind: string) => `report-pub:${issueId}:${safe(kind)}`,
  reportPublicationsOf: (issueId: string) => `report-pub:${issueId}:`,
  /** One key per follow-up issue created from a postmortem. */
  followUp: (issueId: string, followUpIssueId: string) => `follow-up:${issueId}:${safe(followUpIssueId)}`,
  followUpsOf: (issueId: string) => `follow-up:${issueId}:`,
  /** Claimed once per follow-up summary of an incident (a repeated request makes one follow-up). */
  followUpClaim: (issueId: string, identity: string) => `follow-up-claim:${issueId}:${safe(identity)}`,
  followUpClaimsOf: (issueId: string) => `follow-up-claim:${issueId}:`,
  /** One of an incident's places for follow-ups, numbered up to the cap, claimed create-only. */
  followUpPlace: (issueId: string, place: number) => `follow-up-place:${issueId}:${String(place).padStart(3, '0')}`,
  followUpPlacesOf: (issueId: string) => `follow-up-place:${issueId}:`,
  /** The latest request for an exercise of one kind from an incident (a repeat makes no second one). */
  exerciseRequest: (issueId: string, kind: string) => `exercise-request:${issueId}:${safe(kind)}`,
  exerciseRequestsOf: (issueId: string) => `exercise-request:${issueId}:`,
  /** Which incident a follow-up issue belongs to (its worklogs count as that incident's work). */
  followUpOf: (followUpIssueId: string) => `follow-up-of:${safe(followUpIssueId)}`,
  /** One statistics shard: a project's month of day cells (m:SEC:2026-11) or its open incidents (open:SEC). */
  statsShard: (shardId: string) => `stats:${safe(shardId)}`,
  statsShards: () => 'stats:m:',
  /** What one incident currently adds to the shards (its facts, its work, its cells). */
  statsContribution: (issueId: string) => `stats-c:${safe(issueId)}`,
  statsContributions: () => 'stats-c:',
  /** A short lease on one shard or one incident's contribution, so two writers never interleave. */
  statsLock: (name: string) => `stats-lock:${safe(name)}`,
  /** When the daily statistics reconcile last ran, and what it repaired. */
  statsReconcile: () => 'stats:reconcile',
  sweepRun: (windowId: string) => `sweep:run:${safe(windowId)}`,
  sweepLast: () => 'sweep:last',
} as const;
