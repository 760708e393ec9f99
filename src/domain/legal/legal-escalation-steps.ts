/**
 * Reminders before each legal deadline (§2.12): at configured shares of the window (default 50 %,
 * 75 %, 90 %) and when the deadline passes, for obligations still open (or delayed, against the
 * delay's end). Keys carry the deadline, so a moved deadline (a corrected start) is a new series.
 */
import type { Obligation } from './evaluate-obligations';

export interface LegalStep {
  key: string;
  ruleId: string;
  /** The share of the window (50, 75, 90) or 100 when the deadline has passed. */
  percent: number;
  at: number;
  deadline: number;
}

const OVERDUE = 100;

export const legalStepKey = (ruleId: string, percent: number, deadline: number) =>
  `legal:${ruleId}:${percent === OVERDUE ? 'overdue' : percent}:${new Date(deadline).toISOString()}`;

/** The steps not yet done, earliest first. */
export function pendingLegalSteps(obligations: readonly Obligation[], atPercent: readonly number[], done: ReadonlySet<string>): LegalStep[] {
  const steps: LegalStep[] = [];
  for (const o of obligations) {
    const deadline = o.state === 'delayed' ? o.delayedUntil : o.state === 'open' ? o.dueAt : null;
    if (deadline === null || o.startedAt === null) continue;
    const from = o.state === 'delayed' && o.decision ? Date.parse(o.decision.at) : o.startedAt;
    if (done.has(legalStepKey(o.rule.id, OVERDUE, deadline))) continue;
    for (const percent of [...atPercent, OVERDUE]) {
      const key = legalStepKey(o.rule.id, percent, deadline);
      if (!done.has(key)) steps.push({ key, ruleId: o.rule.id, percent, at: from + ((deadline - from) * percent) / 100, deadline });
    }
  }
  return steps.sort((a, b) => a.at - b.at || a.ruleId.localeCompare(b.ruleId));
}

/**
 * The steps to send now: per obligation only the latest that fell due (earlier ones would arrive
 * after the fact), with every due step settled.
 */
export function dueLegalSteps(
  obligations: readonly Obligation[],
  atPercent: readonly number[],
  done: ReadonlySet<string>,
  now: number,
): { send: LegalStep[]; settles: string[] } {
  const due = pendingLegalSteps(obligations, atPercent, done).filter((s) => s.at <= now);
  const latest = new Map<string, LegalStep>();
  for (const s of due) if ((latest.get(s.ruleId)?.percent ?? -1) < s.percent) latest.set(s.ruleId, s);
  return { send: [...latest.values()], settles: due.map((s) => s.key) };
}
