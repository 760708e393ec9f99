import { ZodError, type z } from 'zod';
import { JiraRequestError } from '../platform/jira/jira-client';
import { logEvent } from '../platform/log';
import { AppError } from '../usecases/app-error';
import { describeInvalidInputs } from './automation-inputs';

/**
 * What a Jira Automation action answers: its outputs, or `{ errors: [{ message }] }`, which stops
 * the rule and emails its owner the messages (a thrown exception would show a generic error only:
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/automation-action/).
 * So every failure is answered in words, addressed to the rule's owner, never thrown.
 */
export type ActionErrors = { errors: { message: string }[] };

/** The account Automation runs the action as: the user of the rule's connection (context.principal). */
export type ActionContext = { principal?: { accountId?: string } } | undefined;

export const NO_CONNECTION_USER =
  'Automation did not say which user runs this action, so Incident response did nothing. Check the connection of the rule, then run it again.';

/**
 * Runs one action: checks its inputs and the connection's user, then the body; failures become errors.
 * `label` names the action in the messages, e.g. "Declare an incident".
 */
export async function runAction<I, O>(
  label: string,
  schema: z.ZodType<I>,
  payload: unknown,
  context: ActionContext,
  body: (input: I, accountId: string) => Promise<O>,
): Promise<O | ActionErrors> {
  const accountId = context?.principal?.accountId;
  if (!accountId) return errors(label, [NO_CONNECTION_USER]);
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) return errors(label, ['The rule gave inputs this action cannot use; nothing was saved.', ...describeInvalidInputs(parsed.error)]);
  try {
    return await body(parsed.data, accountId);
  } catch (e) {
    return errors(label, describe(label, e));
  }
}

const errors = (label: string, messages: string[]): ActionErrors => ({ errors: messages.map((m, i) => ({ message: i === 0 ? `${label}: ${m}` : m })) });

function describe(label: string, e: unknown): string[] {
  if (e instanceof AppError) return [e.message, ...Object.values(e.fields ?? {}).filter((f) => !e.message.includes(f))];
  if (e instanceof ZodError) return describeInvalidInputs(e);
  if (e instanceof JiraRequestError) {
    logEvent('automation.jira-error', { action: label, status: e.status });
    if (e.status === 403) return ["Jira refused this change for the rule's user; nothing was saved."];
    if (e.status === 429) return [`Jira is busy; nothing was saved. Run the rule again in ${e.retryAfterSeconds ?? 'a few'} seconds.`];
    return [
      e.status === 0
        ? 'Jira did not answer in time; nothing was lost. Run the rule again.'
        : e.status >= 500
          ? 'Jira had a problem and saved nothing. Run the rule again.'
          : "Jira refused the change and saved nothing. Check the rule's inputs and its user's permissions on the work item.",
    ];
  }
  logEvent('automation.internal-error', { action: label, name: e instanceof Error ? e.name : typeof e });
  return ['Something went wrong in Incident response. Run the rule again; if it persists, tell your Jira admin.'];
}
