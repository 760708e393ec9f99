/**
 * When one rule's clock started and when it is due, from the recorded facts (§2.4, §2.5): the
 * start (a recorded trigger, the sending of an earlier report, or a year end), the legal deadline
 * (with DORA's earlier-limb and weekend rules), and the policy target for soft wording.
 */
import { type ApplicabilityContext, applies } from './applicability';
import { legalCalendar } from './legal-calendars';
import { currentSendings, currentStart, type LegalFacts } from './legal-facts';
import { addLegalPeriod, rollToWorkingDay, yearEnd } from './legal-period';
import type { ClockStart, LegalPeriod, LegalRule } from './legal-rule';
import type { OrganisationProfile } from './organisation-profile';
import { boundedBySendings } from './whichever-is-sooner';

const HOUR_MS = 3_600_000;

export interface ObligationTiming {
  /** When the window began (the start of the limb that gives the deadline); null until started. */
  startedAt: number | null;
  /** The start is the predecessor's due date, because that report is not marked sent yet. */
  projected: boolean;
  dueAt: number | null;
  targetAt: number | null;
}

interface Start {
  at: number;
  projected: boolean;
}

export interface TimingContext {
  facts: LegalFacts;
  profile: OrganisationProfile;
  applicability: ApplicabilityContext;
  now: number;
  /** The timing of another rule by id (for staged reports); undefined when that rule is not in force. */
  timingOf: (ruleId: string) => ObligationTiming | undefined;
}

export function obligationTiming(rule: LegalRule, ctx: TimingContext): ObligationTiming {
  const main = startOf(rule.start, rule, ctx);
  const candidates: { start: Start; due: number }[] = [];
  if (main && rule.period) candidates.push({ start: main, due: deadline(main.at, rule.period, rule, ctx.profile) });
  for (const limb of rule.limbs ?? []) {
    const start = startOf(limb.start, rule, ctx);
    if (!start) continue;
    const due = deadline(start.at, limb.period, rule, ctx.profile);
    // RTS 2025/301 Art 5(2): a classification later than the limb's deadline leaves only the main limb.
    if (limb.onlyIfMainStartByThen && (main ? main.at > due : ctx.now > due)) continue;
    candidates.push({ start, due });
  }
  const first = candidates.sort((a, b) => a.due - b.due)[0];
  const startedFrom = first?.start ?? main;
  // A notice bounded by another's sending is due by then at the latest (whichever is sooner).
  const dueAt = boundedBySendings(first ? rolled(first.due, rule, ctx) : null, rule.dueNoLaterThanSentOf, ctx.facts);
  return {
    startedAt: startedFrom?.at ?? null,
    projected: startedFrom?.projected ?? false,
    dueAt,
    targetAt: startedFrom && rule.policyTargetHours !== null ? startedFrom.at + rule.policyTargetHours * HOUR_MS : null,
  };
}

function deadline(start: number, period: LegalPeriod, rule: LegalRule, profile: OrganisationProfile): number {
  return addLegalPeriod(start, period, rule.zone, period.calendar ? legalCalendar(period.calendar, profile) : null, rule.dayConvention);
}

function rolled(due: number, rule: LegalRule, ctx: TimingContext): number {
  const roll = rule.roll;
  if (!roll) return due;
  // The roll is a concession: when it is unsure whether the entity may use it, the earlier deadline stands.
  if (roll.unless && applies([roll.unless], ctx.applicability) !== 'no') return due;
  const calendar = legalCalendar(roll.calendar, ctx.profile);
  return calendar ? rollToWorkingDay(due, calendar, roll.at) : due;
}

function startOf(start: ClockStart, rule: LegalRule, ctx: TimingContext): Start | null {
  if ('fact' in start) {
    const entry = currentStart(ctx.facts, start.fact);
    return entry ? { at: Date.parse(entry.at), projected: false } : null;
  }
  if ('yearEndOf' in start) {
    const entry = currentStart(ctx.facts, start.yearEndOf);
    return entry ? { at: yearEnd(Date.parse(entry.at), rule.zone), projected: false } : null;
  }
  const sent = start.sentOf.flatMap((id) => currentSendings(ctx.facts, id)).map((s) => Date.parse(s.sentAt));
  if (sent.length > 0) return { at: Math.max(...sent), projected: false };
  // §2.5: until the earlier report is marked sent, project from its due date.
  const dues = start.sentOf.map((id) => ctx.timingOf(id)?.dueAt).filter((d): d is number => typeof d === 'number');
  return dues.length > 0 ? { at: Math.min(...dues), projected: true } : null;
}
