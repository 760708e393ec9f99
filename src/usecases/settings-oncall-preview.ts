import type { OnCallSettings } from '../domain/oncall/oncall-settings';
import { nextHandOffs, onCallAt } from '../domain/oncall/rota';
import type { RotaPreviewView } from '../shared/settings-contract';

/** Enough hand-offs to see a month of a weekly rota at a glance. */
export const PREVIEW_HAND_OFFS = 4;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Who is on call now and at the next hand-offs, per saved rota, so an admin sees at once whether the
 * rota says what they meant (the page words it with names and the rota's local times).
 */
export function rotaPreviews(oncall: OnCallSettings, nowMs: number): RotaPreviewView[] {
  return oncall.rotas.map((rota) => {
    const now = onCallAt(rota, nowMs);
    const overrideReasons: RotaPreviewView['overrideReasons'] = {};
    for (const role of ['primary', 'secondary'] as const) {
      const o = now.override?.[role];
      if (o) overrideReasons[role] = o.reason;
    }
    return {
      rotaId: rota.id,
      primary: now.primary,
      secondary: now.secondary,
      until: iso(now.holdsUntil),
      overrideReasons,
      notStarted: now.shiftStartsAt === null,
      next: nextHandOffs(rota, nowMs, PREVIEW_HAND_OFFS).map((s) => ({ at: iso(s.startsAt), primary: s.primary, secondary: s.secondary })),
    };
  });
}
