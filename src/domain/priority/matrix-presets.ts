import type { AxisLevel, MatrixCell, PriorityLevel, PriorityMatrix } from './priority-matrix';

/**
 * The presets an admin can start from. Each builds its cells from the scheme's own rule so the
 * grid and the rule cannot drift apart; the domain tests pin every cell to a literal value.
 */
function grid(impact: AxisLevel[], urgency: AxisLevel[], rule: (i: number, u: number) => { score: number | null; level: string }): MatrixCell[] {
  return impact.flatMap((imp, i) => urgency.map((urg, u) => ({ impact: imp.id, urgency: urg.id, ...rule(i + 1, u + 1) })));
}

const THREE_IMPACT: AxisLevel[] = [
  { id: 'low', label: 'Low', description: 'One person or a non-critical system; little or no money or reputation at stake.' },
  { id: 'medium', label: 'Medium', description: 'A team, a department or an important system; some cost or embarrassment.' },
  {
    id: 'high',
    label: 'High',
    description: 'The whole organisation, customers, personal data or critical systems; serious cost, legal or reputational damage.',
  },
];
const THREE_URGENCY: AxisLevel[] = [
  { id: 'low', label: 'Low', description: 'Can wait for normal working hours; nothing gets worse meanwhile.' },
  { id: 'medium', label: 'Medium', description: 'Should be handled today; the damage grows slowly.' },
  { id: 'high', label: 'High', description: 'Needs action now; the damage grows by the minute or an attacker is active.' },
];

/**
 * ISO 27001 scheme from seed 004: impact 1-3 plus urgency 1-3 gives a score of 2-6; Critical is
 * 5-6, Serious 4 and Mild "1-2". The seed assigns score 3 to no level; this preset counts it as
 * Mild ("Mild up to 3"), because a score of 3 is below Serious's 4 and a priority must exist.
 */
const ISO_LEVELS: PriorityLevel[] = [
  { id: 'Critical', label: 'Critical', description: 'Score 5-6: drop other work, respond around the clock.' },
  { id: 'Serious', label: 'Serious', description: 'Score 4: respond within business hours today.' },
  { id: 'Mild', label: 'Mild', description: 'Score 2-3: handle in the normal queue.' },
];
export const ISO_27001_MATRIX: PriorityMatrix = {
  id: 'iso-27001',
  name: 'ISO 27001 (impact + urgency, 3 x 3)',
  help: 'Score = impact (1-3) + urgency (1-3). Critical is 5-6, Serious is 4, Mild is up to 3. The source article leaves a score of 3 unassigned; this app counts it as Mild.',
  impact: THREE_IMPACT,
  urgency: THREE_URGENCY,
  levels: ISO_LEVELS,
  cells: grid(THREE_IMPACT, THREE_URGENCY, (i, u) => {
    const score = i + u;
    return { score, level: score >= 5 ? 'Critical' : score === 4 ? 'Serious' : 'Mild' };
  }),
};

const FIVE_PRIORITIES: PriorityLevel[] = [
  { id: 'P1', label: 'P1', description: 'Critical: respond at once, around the clock.' },
  { id: 'P2', label: 'P2', description: 'High: respond within an hour or two.' },
  { id: 'P3', label: 'P3', description: 'Moderate: respond within business hours today.' },
  { id: 'P4', label: 'P4', description: 'Low: respond within a few business days.' },
  { id: 'P5', label: 'P5', description: 'Planning: handle when capacity allows.' },
];

/**
 * ITIL 4 incident priority: impact and urgency high/medium/low, priority 1-5 by the lookup table
 * in the ITIL incident-management practice guide (same as JSM's documented recipe,
 * https://support.atlassian.com/jira-service-management-cloud/docs/how-do-i-create-a-matrix-using-impact-and-urgency-values/).
 * Equivalent to P = 7 - (impact + urgency) with impact and urgency 1 (low) to 3 (high), clamped to 1-5.
 */
export const ITIL_3X3_MATRIX: PriorityMatrix = {
  id: 'itil-3x3',
  name: 'ITIL (3 x 3 to P1-P5)',
  help: 'The ITIL lookup: high impact and high urgency is P1, low and low is P5; each step down on either axis lowers the priority by one.',
  impact: THREE_IMPACT,
  urgency: THREE_URGENCY,
  levels: FIVE_PRIORITIES,
  cells: grid(THREE_IMPACT, THREE_URGENCY, (i, u) => {
    const score = i + u;
    return { score, level: `P${Math.min(5, Math.max(1, 7 - score))}` };
  }),
};

const FIVE_IMPACT: AxisLevel[] = [
  { id: '1', label: '1 Negligible', description: 'No noticeable effect on people, money or reputation.' },
  { id: '2', label: '2 Minor', description: 'One person or a non-critical system.' },
  { id: '3', label: '3 Moderate', description: 'A team or an important system; some cost.' },
  { id: '4', label: '4 Major', description: 'Many people, customers or a critical system; real cost or legal exposure.' },
  { id: '5', label: '5 Severe', description: 'The whole organisation or large amounts of personal data; lasting damage.' },
];
const FIVE_URGENCY: AxisLevel[] = [
  { id: '1', label: '1 Weeks', description: 'Can wait weeks without getting worse.' },
  { id: '2', label: '2 Days', description: 'Should be handled within a few days.' },
  { id: '3', label: '3 Today', description: 'Should be handled today.' },
  { id: '4', label: '4 Hours', description: 'Gets worse within hours.' },
  { id: '5', label: '5 Now', description: 'Gets worse by the minute; an attacker may be active.' },
];

/**
 * A 5 x 5 scheme: score = impact + urgency (2-10), banded two scores per priority from the top
 * (9-10 P1, 7-8 P2, 5-6 P3, 3-4 P4, 2 P5), so each step on either axis moves at most one band.
 */
export const FIVE_BY_FIVE_MATRIX: PriorityMatrix = {
  id: '5x5',
  name: '5 x 5 (impact + urgency to P1-P5)',
  help: 'Score = impact (1-5) + urgency (1-5). P1 is 9-10, P2 is 7-8, P3 is 5-6, P4 is 3-4 and P5 is 2.',
  impact: FIVE_IMPACT,
  urgency: FIVE_URGENCY,
  levels: FIVE_PRIORITIES,
  cells: grid(FIVE_IMPACT, FIVE_URGENCY, (i, u) => {
    const score = i + u;
    return { score, level: `P${Math.min(5, Math.ceil((11 - score) / 2))}` };
  }),
};

export const MATRIX_PRESETS: readonly PriorityMatrix[] = [ISO_27001_MATRIX, ITIL_3X3_MATRIX, FIVE_BY_FIVE_MATRIX];

/** The Jira priority each preset's levels map to by default (Jira's five default priorities). */
export const DEFAULT_JIRA_PRIORITY_BY_PRESET: Record<string, Record<string, string>> = {
  'iso-27001': { Critical: 'Highest', Serious: 'High', Mild: 'Medium' },
  'itil-3x3': { P1: 'Highest', P2: 'High', P3: 'Medium', P4: 'Low', P5: 'Lowest' },
  '5x5': { P1: 'Highest', P2: 'High', P3: 'Medium', P4: 'Low', P5: 'Lowest' },
};
