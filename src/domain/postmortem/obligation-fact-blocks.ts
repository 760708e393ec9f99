import type { ReportBlockView } from '../../shared/report-contract';
import { LEGAL_DISCLAIMER } from '../../shared/legal-vocabulary';
import { formatDuration } from '../../shared/durations';
import type { ReportFacts } from './report-facts';
import { nameOf, note, table, timeOf } from './report-text';

const STATE_WORDS = { waiting: 'not started', open: 'owed', sent: 'sent', 'not-required': 'not required', delayed: 'lawfully delayed' } as const;
const DECISION_WORDS = { notify: 'notify', 'not-required': 'not required', delay: 'delay' } as const;
const CLOCK_NAMES = { acknowledge: 'Acknowledge', contain: 'Contain', resolve: 'Resolve' } as const;

/** Each SLA clock: its target, when it was due, when it stopped, met or missed. */
export function slaBlocks(facts: ReportFacts): ReportBlockView[] {
  const sla = facts.sla;
  if (sla.unavailable) return [note(`SLA: ${sla.unavailable}`)];
  const calendar = sla.calendar ? `${sla.calendar.name} (${sla.calendar.timeZone})` : '';
  return [
    note(`SLA policy for ${sla.level ?? '-'}, on the ${calendar} calendar.`),
    table(
      ['Clock', 'Target', 'Due', 'Stopped', 'Result'],
      sla.clocks.map((c) => [
        CLOCK_NAMES[c.kind],
        formatDuration(c.targetMinutes * 60_000),
        timeOf(facts, c.dueAt),
        timeOf(facts, c.stoppedAt),
        c.state === 'not-applicable' ? 'does not apply' : c.state,
      ]),
    ),
  ];
}

/** Each legal obligation: the deadline, what was decided, what was sent and when. */
export function legalBlocks(facts: ReportFacts): ReportBlockView[] {
  const legal = facts.legal;
  if (legal.obligations.length === 0)
    return [note('No legal notification rule applies, as far as the answers recorded on the incident say.'), note(LEGAL_DISCLAIMER)];
  // What applied and what was decided: a rule that only might have applied, and that nobody
  // decided on, is not a fact of this incident (a report listing "possible" rules hides the ones that matter).
  const listed = legal.obligations.filter((o) => (o.applicability === 'applies' && o.decidedBy === null) || o.decision !== null || o.sendings.length > 0);
  const rows = listed.map((o) => {
    const sent = o.sendings.map(
      (s) =>
        `sent ${timeOf(facts, s.sentAt)} to ${s.recipient}${s.reference ? ` (ref. ${s.reference})` : ''}${s.lateReason ? `; late because: ${s.lateReason}` : ''}`,
    );
    const decided = o.decision
      ? [`${DECISION_WORDS[o.decision.decision]} (${nameOf(facts.names, o.decision.by)}, ${timeOf(facts, o.decision.at)}): ${o.decision.rationale}`]
      : [];
    const lateness =
      o.dueAt && o.sendings[0] && Date.parse(o.sendings[0].sentAt) > Date.parse(o.dueAt)
        ? [`${formatDuration(Date.parse(o.sendings[0].sentAt) - Date.parse(o.dueAt))} late`]
        : [];
    return [
      `${o.regime}: ${o.stage}`,
      o.recipient,
      o.applicability === 'possible' ? `${timeOf(facts, o.dueAt)} (if it applies)` : timeOf(facts, o.dueAt),
      STATE_WORDS[o.state],
      [...decided, ...sent, ...lateness].join('; ') || '-',
    ];
  });
  return [
    rows.length > 0
      ? table(['Regime', 'Notify', 'Deadline', 'State', 'Decision and sending'], rows)
      : note('No legal notice was owed on the answers recorded, and none was decided or sent.'),
    note(LEGAL_DISCLAIMER),
  ];
}
