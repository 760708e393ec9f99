/** Payload schemas of the stakeholder update resolvers (see payload-schemas.ts for the others). */
import { z } from 'zod';
import { UPDATE_TEXT_LIMIT } from '../domain/stakeholders/stakeholder-update';
import { SNOOZE_MINUTES } from '../domain/stakeholders/stakeholder-settings';
import { UPDATE_STATUSES } from '../shared/stakeholder-update-words';

const text = (what: string) => z.string(`Say ${what}.`).max(UPDATE_TEXT_LIMIT, `Keep ${what} under ${UPDATE_TEXT_LIMIT} characters.`);

export const stakeholderUpdatePayload = z
  .object({
    status: z.enum(UPDATE_STATUSES, 'Choose where it stands: investigating, cause identified, fixed and monitoring, or resolved.'),
    known: text('what we know'),
    doing: text('what we are doing'),
    need: text('what we need from stakeholders'),
    nextUpdateAt: z.iso.datetime({ offset: true, message: "Choose the next update's date and time." }),
    basedOn: z.number('Say which update the form saw last (0 when none).').int().min(0).max(1_000_000),
  })
  .strict();

export const stakeholderSnoozePayload = z
  .object({
    minutes: z.union(
      SNOOZE_MINUTES.map((m) => z.literal(m)),
      'Snooze for 30 minutes, 1 hour or 2 hours.',
    ),
  })
  .strict();
