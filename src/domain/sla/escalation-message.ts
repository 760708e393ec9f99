import { doc, mention, paragraph, strong, text, bulletList, listItem } from '@atlaskit/adf-utils/builders';
import { DateTime } from 'luxon';
import { formatDuration } from '../../shared/durations';
import type { BusinessCalendar } from './business-calendar';
import type { ClockReading } from './evaluate-clocks';
import type { EscalationStep } from './escalation-steps';
import type { SlaClockKind } from './sla-settings';

export const ESCALATION_PROPERTY_KEY = 'incident-response-escalation';

const CLOCK_NAMES: Record<SlaClockKind, string> = { acknowledge: 'Time to acknowledge', contain: 'Time to contain', resolve: 'Time to resolve' };

export interface EscalationContext {
  issueKey: string;
  summary: string;
  level: string;
  calendar: BusinessCalendar;
  assignee: string | null;
  steps: EscalationStep[];
  readings: ClockReading[];
}

/** A due time in the calendar's zone, e.g. "Mon 23 Nov 2026, 10:00 CET". */
export function formatDue(ms: number, calendar: BusinessCalendar): string {
  return DateTime.fromMillis(ms, { zone: calendar.timeZone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
}

function line(step: EscalationStep, ctx: EscalationContext): string {
  const reading = ctx.readings.find((r) => r.kind === step.clock);
  const remaining = reading?.remainingMs ?? 0;
  const name = CLOCK_NAMES[step.clock];
  return step.stage === 'breach'
    ? `${name}: breached. It was due ${formatDue(step.dueAt, ctx.calendar)}; late by ${formatDuration(Math.max(0, -remaining))} of working time.`
    : `${name}: ${formatDuration(remaining)} of working time left, due ${formatDue(step.dueAt, ctx.calendar)}.`;
}

const headline = (ctx: EscalationContext) => (ctx.steps.some((s) => s.stage === 'breach') ? 'SLA breached' : 'SLA warning');

/**
 * The escalation comment: mentions whoever works the incident (the assignee; the incident
 * commander once roles exist), then one line per clock with its due time in the calendar's zone.
 */
export function escalationComment(ctx: EscalationContext): object {
  const who = ctx.assignee ? [mention({ id: ctx.assignee }), text(' ')] : [text('Nobody is assigned to this incident. ')];
  return doc(
    paragraph(...who, strong(`${headline(ctx)} (${ctx.level}, ${ctx.calendar.name})`)),
    bulletList(...ctx.steps.map((s) => listItem([paragraph(text(line(s, ctx)))]))),
  );
}

/** The notification sent to the escalation path, in plain text (Jira sends it as email). */
export function escalationNotice(ctx: EscalationContext): { subject: string; textBody: string } {
  return {
    subject: `[${ctx.issueKey}] ${headline(ctx)}: ${ctx.summary}`.slice(0, 255),
    textBody: [`${headline(ctx)} on ${ctx.issueKey} (${ctx.level}, ${ctx.calendar.name}).`, ...ctx.steps.map((s) => `- ${line(s, ctx)}`)].join('\n'),
  };
}
