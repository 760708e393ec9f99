import { z } from 'zod';
import type { Rota } from './rota';
import { rotaSchema } from './rota-schema';
import { DEFAULT_PAGING_POLICY, pagingPolicySchema, type PagingPolicy } from './paging-policy';
import { DEFAULT_ACK_WINDOWS, type AckWindows } from './paging-steps';

/**
 * Who is on call and when the app pages them (issue 31, "Who is on call" and "Paging through Jira").
 * A rota per team; incidents page the rota their project names, else the default (an alert source's
 * incidents: the rota of the source's project).
 */
export interface OnCallSettings {
  rotas: Rota[];
  /** The rota incidents page when neither their alert source nor their project names one; null: no paging. */
  defaultRotaId: string | null;
  /** Project key -> rota id, for teams with their own rota. */
  rotaByProject: Record<string, string>;
  /** Which levels page at which hours (default: Critical any hour, Serious business hours, Mild never at night). */
  policy: PagingPolicy;
  /** Minutes a page waits for "I'm on it" before the next person is paged. */
  ackWindows: AckWindows;
  /**
   * The business calendar (an SLA calendar id) whose hours are "business hours" for paging; null: the
   * calendar of the level's SLA policy, so paging and SLA clocks agree on when the team works.
   */
  calendarId: string | null;
}

export const DEFAULT_ONCALL_SETTINGS: OnCallSettings = {
  rotas: [],
  defaultRotaId: null,
  rotaByProject: {},
  policy: DEFAULT_PAGING_POLICY,
  ackWindows: DEFAULT_ACK_WINDOWS,
  calendarId: null,
};

const minutes = z.number().int().min(1, 'A window is at least 1 minute.').max(1440, 'A window is at most 1,440 minutes (a day).');

/** Settings saved before on-call existed have none: nobody is paged until an admin adds a rota. */
export const onCallSettingsSchema = z
  .object({
    rotas: z.array(rotaSchema).max(20, 'At most 20 rotas.'),
    defaultRotaId: z.string().min(1).max(64).nullable(),
    rotaByProject: z.record(z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/), z.string().min(1).max(64)),
    policy: pagingPolicySchema,
    ackWindows: z.object({ byLevel: z.record(z.string().min(1).max(64), minutes), otherwise: minutes }),
    calendarId: z.string().min(1).max(64).nullable(),
  })
  .superRefine((settings, ctx) => {
    const ids = new Set(settings.rotas.map((r) => r.id));
    if (settings.defaultRotaId !== null && !ids.has(settings.defaultRotaId))
      ctx.addIssue({ code: 'custom', path: ['defaultRotaId'], message: 'The default rota is not one of the rotas: pick one or none.' });
    for (const [project, rotaId] of Object.entries(settings.rotaByProject))
      if (!ids.has(rotaId))
        ctx.addIssue({ code: 'custom', path: ['rotaByProject', project], message: `Project ${project} pages a rota that no longer exists.` });
  }) satisfies z.ZodType<OnCallSettings>;
