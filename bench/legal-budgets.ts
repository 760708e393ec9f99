/**
 * The legal clocks' budget, measured and printed by `npm run bench`: evaluating every shipped rule
 * for an incident (the panel does it on each open, the sweep for each due incident) stays cheap,
 * measured against evaluating the same incident's SLA clocks in the same run.
 */
import { defaultAppConfig } from '../src/domain/config/default-config';
import { newIncidentRecord, type IncidentRecord } from '../src/domain/incident/incident-record';
import { incidentObligations } from '../src/domain/legal/incident-legal';
import { EMPTY_LEGAL_FACTS } from '../src/domain/legal/legal-facts';
import { SHIPPED_RULES } from '../src/domain/legal/rule-pack';
import { incidentSla } from '../src/domain/sla/incident-sla';
import { RESIDENCES, TRIGGER_KEYS } from '../src/shared/legal-vocabulary';

type Line = (label: string, value: string, ok: boolean) => void;

/** Every trigger recorded and every place ticked: the most rules that can apply at once. */
function worstCaseIncident(): IncidentRecord {
  const at = '2026-11-02T09:00:00.000Z';
  return {
    ...newIncidentRecord('1', at, 'iso-27001'),
    priority: 'Serious',
    legal: {
      ...EMPTY_LEGAL_FACTS,
      answers: { personalData: 'yes', risk: 'high', residences: [...RESIDENCES], residencesComplete: true, dataTypes: {}, affected: {} },
      starts: TRIGGER_KEYS.map((trigger, i) => ({
        id: `start-${i + 1}`,
        trigger,
        at,
        timeZone: 'UTC',
        recordedBy: 'acc',
        recordedAt: at,
        reason: null,
        evidence: null,
        corrects: null,
      })),
    },
  };
}

function timePer(times: number, fn: () => unknown): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) fn();
  return (performance.now() - start) / times;
}

/**
 * Budget: 10 ms per incident in the worst case (every trigger recorded, every place ticked), so the
 * 500 incidents one sweep may handle cost at most 5 s of Forge's 25 s. Most of it is luxon's zone
 * offsets (Intl formatToParts); typical incidents with a few starts cost a fraction.
 */
export function legalEvaluationBudget(line: Line): boolean {
  const config = defaultAppConfig();
  const record = worstCaseIncident();
  const now = Date.parse('2026-11-22T12:00:00Z');
  // Warm the holiday caches and the JIT for both, so the ratio compares steady states.
  timePer(50, () => incidentObligations(record, config.legal, now));
  timePer(50, () => incidentSla(record, config.sla, now));
  const legal = timePer(200, () => incidentObligations(record, config.legal, now));
  const sla = timePer(200, () => incidentSla(record, config.sla, now));
  const count = incidentObligations(record, config.legal, now).length;
  const ok = legal < 10;
  line(
    `legal: ${SHIPPED_RULES.length} rules for one incident (${count} obligations)`,
    `${legal.toFixed(2)} ms (budget 10 ms) = ${(legal / sla).toFixed(1)}x its SLA clocks (${sla.toFixed(3)} ms)`,
    ok,
  );
  return ok;
}
