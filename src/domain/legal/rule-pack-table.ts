/**
 * The shipped rules as a Markdown table, for docs/legal-notification.md (a test keeps that copy equal, so
 * the documented regimes and verification levels are always the ones that ship).
 */
import type { ClockStart, LegalRule } from './legal-rule';
import { RULE_PACK_VERSION, SHIPPED_RULES } from './rule-pack';
import { VERIFICATION_LABELS } from '../../shared/legal-vocabulary';

const UNIT_WORDS = { hours: 'h', calendar_days: 'calendar days', business_days: 'business days', calendar_months: 'calendar month(s)' } as const;

function startWords(start: ClockStart): string {
  if ('fact' in start) return `\`${start.fact}\``;
  if ('yearEndOf' in start) return `31 Dec of \`${start.yearEndOf}\``;
  return `sending of ${start.sentOf.map((id) => `\`${id}\``).join(' / ')}`;
}

function deadlineWords(rule: LegalRule): string {
  if (rule.kind === 'on_request') return 'on request';
  if (!rule.period) return `soft: "${rule.softWording}"${rule.policyTargetHours ? ` (policy target ${rule.policyTargetHours} h)` : ''}`;
  const p = rule.period;
  const extras = [
    p.calendar,
    p.cutoff ? `${p.cutoff} cut-off` : null,
    rule.roll ? `rolls to ${rule.roll.calendar} working day` : null,
    rule.limbs ? 'or an earlier limb' : null,
  ].filter(Boolean);
  return `${p.amount} ${UNIT_WORDS[p.unit]}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function rulePackTable(): string {
  const rows = SHIPPED_RULES.map((r) =>
    [
      `\`${r.id}\``,
      r.regime,
      r.stage,
      `${deadlineWords(r)} from ${startWords(r.start)}`,
      r.citation,
      VERIFICATION_LABELS[r.verification],
      r.enabledByDefault ? 'on' : `off${r.status === 'pending' ? ' (pending)' : ''}`,
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    `Rule pack ${RULE_PACK_VERSION}: ${SHIPPED_RULES.length} rules.`,
    '',
    '| Rule | Regime | Stage | Deadline | Citation | How far it was checked | Default |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}
