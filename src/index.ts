// Forge function handlers, grouped as in manifest.yml. Re-exports only.

// resolvers (function: resolver)
export { resolver } from './resolvers';

// triggers (function: on-issue-event)
export { onIssueEvent } from './triggers/on-issue-event';

// scheduled (function: sweep)
export { runSweep } from './triggers/run-sweep';

// scheduled (function: remind-postmortems)
export { runPostmortemReminders } from './triggers/run-postmortem-reminders';

// triggers (function: on-worklog-event)
export { onWorklogEvent } from './triggers/on-worklog-event';

// scheduled (function: reconcile-stats)
export { runStatsReconcile } from './triggers/run-stats-reconcile';

// triggers (function: on-issue-deleted)
export { onIssueDeleted } from './triggers/on-issue-deleted';

// webtrigger (function: alerts-in)
export { alertsIn } from './triggers/on-alert-webhook';

// jira:issueContext dynamicProperties (function: glance-status)
export { glanceStatus } from './resolvers/glance-status';

// Jira Automation actions (functions: action-declare, action-add-to-timeline, action-set-impact)
export { addTimelineEntryAction, declareIncidentAction, setImpactUrgencyAction } from './triggers/automation-actions';
