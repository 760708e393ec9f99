import { bulletList, doc, listItem, mention, paragraph, strong, text } from '@atlaskit/adf-utils/builders';
import { DateTime } from 'luxon';
import { formatDuration } from '../../shared/durations';
import { VERIFICATION_LABELS } from '../../shared/legal-vocabulary';
import type { Obligation } from './evaluate-obligations';
import type { LegalStep } from './legal-escalation-steps';

export const LEGAL_ESCALATION_PROPERTY_KEY = 'incident-response-legal-escalation';

export interface LegalEscalationContext {
  issueKey: string;
  summary: string;
  assignee: string | null;
  steps: LegalStep[];
  obligations: Obligation[];
  now: number;
}

/** A deadline in the regulator's zone, e.g. "Thu 9 Jul 2026, 17:30 EDT". */
const inZone = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ');

function line(step: LegalStep, ctx: LegalEscalationContext): string {
  const o = ctx.obligations.find((x) => x.rule.id === step.ruleId);
  const rule = o?.rule;
  const name = rule ? `${rule.regime}: ${rule.stage} (to ${rule.recipient})` : step.ruleId;
  const due = inZone(step.deadline, rule?.zone ?? 'UTC');
  const possible = o?.applicability === 'unsure' ? ' It may apply: answer the applicability questions or record a decision.' : '';
  const cite = rule ? ` [${rule.citation}; ${VERIFICATION_LABELS[rule.verification].toLowerCase()}]` : '';
  return step.percent >= 100
    ? `${name}: the legal deadline passed at ${due}, ${formatDuration(ctx.now - step.deadline)} ago, without a notice marked sent or a decision.${possible}${cite}`
    : `${name}: ${formatDuration(step.deadline - ctx.now)} left (${step.percent} % of the window gone), due ${due}.${possible}${cite}`;
}

const headline = (ctx: LegalEscalationContext) => (ctx.steps.some((s) => s.percent >= 100) ? 'Legal deadline missed' : 'Legal deadline approaching');

/**
 * The reminder comment (internal): mentions whoever works the incident (the legal lead and the
 * commander once roles exist), one line per obligation with its citation. Legal clocks never pause.
 */
export function legalEscalationComment(ctx: LegalEscalationContext): object {
  const who = ctx.assignee ? [mention({ id: ctx.assignee }), text(' ')] : [text('Nobody is assigned to this incident. ')];
  return doc(
    paragraph(...who, strong(headline(ctx))),
    bulletList(...ctx.steps.map((s) => listItem([paragraph(text(line(s, ctx)))]))),
    paragraph(
      text(
        'Record the notice as sent, or a decision (not required, or a lawful delay), in the incident panel. The rules are an engineering aid: confirm with counsel.',
      ),
    ),
  );
}

export function legalEscalationNotice(ctx: LegalEscalationContext): { subject: string; textBody: string } {
  return {
    subject: `[${ctx.issueKey}] ${headline(ctx)}: ${ctx.summary}`.slice(0, 255),
    textBody: [`${headline(ctx)} on ${ctx.issueKey}.`, ...ctx.steps.map((s) => `- ${line(s, ctx)}`)].join('\n'),
  };
}
