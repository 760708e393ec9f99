import { incidentChangeDeps } from '../platform/incident-change-wiring';
import { addEntryFromRule, declareFromRule, setImpactUrgencyFromRule } from '../usecases/automation-actions';
import { addTimelineEntryInputs, declareIncidentInputs, setImpactUrgencyInputs } from './automation-inputs';
import { type ActionContext, runAction } from './automation-result';

/**
 * The Jira Automation actions (manifest.yml, `action` modules): Automation calls each function with
 * the rule's configured inputs as the payload and the connection's user as the principal. Jira is
 * asked asUser(), for that user, so the rule can do only what they may; the app's decisions then
 * show in Jira's own fields and events, which rules trigger on (docs/automation.md).
 */
const deps = incidentChangeDeps;

export const declareIncidentAction = (payload: unknown, context?: ActionContext) =>
  runAction('Declare an incident', declareIncidentInputs, payload, context, (input, accountId) => declareFromRule(deps, accountId, input));

export const addTimelineEntryAction = (payload: unknown, context?: ActionContext) =>
  runAction('Add to the incident timeline', addTimelineEntryInputs, payload, context, (input, accountId) => addEntryFromRule(deps, accountId, input));

export const setImpactUrgencyAction = (payload: unknown, context?: ActionContext) =>
  runAction('Set impact and urgency', setImpactUrgencyInputs, payload, context, (input, accountId) => setImpactUrgencyFromRule(deps, accountId, input));
