/**
 * The inputs of the Jira Automation actions (manifest.yml, `action` modules), as Automation sends
 * them in the function's payload: the configured values with their smart values resolved. Every
 * input is declared a string, the type Automation fills from a smart value; whatever else arrives is
 * refused here, with a message for the rule's owner, before anything is read or stored. Keys Forge
 * may add beside the inputs are ignored rather than refused (not strict), since Atlassian documents
 * the inputs, not the whole payload. Values that depend on the settings (is this an impact of the
 * matrix?) are checked by the use cases against the live settings.
 */
import { z } from 'zod';
import { TEXT_LIMITS } from '../shared/resolver-contract';

/** Words for the rule's owner: what each input is called in the rule editor (the manifest's titles). */
export const INPUT_TITLES: Record<string, string> = {
  issueKey: 'Work item',
  reason: 'Reason',
  text: 'Entry',
  kind: 'Kind',
  happenedAt: 'Happened at',
  impact: 'Impact',
  urgency: 'Urgency',
};

const text = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? `${what} is required.` : `${what} must be text.`) });

/** An empty optional input arrives as "" when a smart value resolves to nothing: it means "not given". */
const optionalText = (max: number, what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string(text(what)).trim().max(max, `Keep it under ${max} characters.`).optional(),
  );

const issueKey = z
  .string(text('The work item key'))
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,254}-\d{1,18}$/, 'Give a work item key such as SEC-12 (in a rule, {{issue.key}}).')
  .transform((k) => k.toUpperCase());

const requiredText = (max: number, what: string) => z.string(text(what)).trim().min(1, `${what} is required.`).max(max, `Keep it under ${max} characters.`);

export const declareIncidentInputs = z.object({
  issueKey,
  reason: requiredText(TEXT_LIMITS.reason, 'The reason').refine((r) => /[\p{L}\p{N}]/u.test(r), 'Say in words why this is an incident.'),
});

export const ENTRY_KINDS = ['note', 'action', 'decision', 'evidence', 'communication'] as const;

export const addTimelineEntryInputs = z.object({
  issueKey,
  text: requiredText(TEXT_LIMITS.entry, 'The entry'),
  kind: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(ENTRY_KINDS, { error: `The kind must be one of ${ENTRY_KINDS.join(', ')}.` }).default('note'),
  ),
  happenedAt: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.iso
      .datetime({ offset: true, message: 'Give a date and time with its offset, e.g. 2026-03-02T09:00:00Z.' })
      .transform((s) => new Date(s).toISOString())
      .optional(),
  ),
});

export const setImpactUrgencyInputs = z
  .object({
    issueKey,
    impact: optionalText(64, 'The impact'),
    urgency: optionalText(64, 'The urgency'),
    reason: optionalText(TEXT_LIMITS.reason, 'The reason'),
  })
  .refine((i) => i.impact !== undefined || i.urgency !== undefined, { message: 'Give an impact, an urgency or both.', path: ['impact'] });

export type DeclareIncidentInputs = z.infer<typeof declareIncidentInputs>;
export type AddTimelineEntryInputs = z.infer<typeof addTimelineEntryInputs>;
export type SetImpactUrgencyInputs = z.infer<typeof setImpactUrgencyInputs>;

/**
 * One sentence per refused input, named as the rule editor names it.
 * @example describeInvalidInputs(err) // ['Work item: Give a work item key such as SEC-12 (in a rule, {{issue.key}}).']
 */
export function describeInvalidInputs(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return `${INPUT_TITLES[field] ?? 'The action'}: ${issue.message}`;
  });
}
