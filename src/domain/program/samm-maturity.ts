import type { AppConfig } from '../config/app-config';
import type { MaturityCriterionView, StreamMaturityView } from '../../shared/settings-contract';
import { taxonomyReview } from './taxonomy-review';
import { type ProgramFacts, within12Months } from './program-facts';

export type SammStream = 'detection' | 'response';

export type MaturityCriterion = MaturityCriterionView & { stream: SammStream };

/** The highest level whose criteria, and those of every level below, are all met (0 for none). */
export type StreamMaturity = StreamMaturityView;

/** Share of required postmortems published that counts as "regular root-cause analysis". */
export const RCA_SHARE_FOR_LEVEL_3 = 0.8;

type Rule = Omit<MaturityCriterion, 'met'> & { met: (c: AppConfig, f: ProgramFacts, now: string) => boolean };

const namesSomeone = (c: AppConfig) => {
  const paths = [c.sla.escalation.default, ...Object.values(c.sla.escalation.byLevel)];
  return paths.some((p) => p.breach.users.length + p.breach.groups.length + p.warning.users.length + p.warning.groups.length > 0);
};

/**
 * OWASP SAMM's Incident Management practice (seed 001, incident-practice.md A.19): two streams,
 * three levels, each criterion read from the app's own settings and data where it can be.
 */
const RULES: Rule[] = [
  {
    id: 'contact-point',
    stream: 'detection',
    level: 1,
    label: 'A known contact point for reporting incidents',
    next: 'Name the incident channel in Roles and contacts (the portal is the form; the channel is where people ask).',
    met: (c) => c.program.channel.trim() !== '',
  },
  {
    id: 'not-one-person',
    stream: 'detection',
    level: 1,
    label: 'Detection does not depend on one person',
    next: 'Name at least two responders.',
    met: (c) => c.program.responderAccountIds.length >= 2,
  },
  {
    id: 'detection-owner',
    stream: 'detection',
    level: 2,
    label: 'The detection process has a dedicated owner',
    next: 'Name the incident-response owner.',
    met: (c) => c.program.ownerAccountId !== null,
  },
  {
    id: 'checklist-current',
    stream: 'detection',
    level: 2,
    label: 'The checklist of what to report is reviewed regularly',
    next: 'Review the "what to report" list and mark it reviewed.',
    met: (c, _f, now) => !taxonomyReview(c.taxonomy, now).due,
  },
  {
    id: 'notify-immediately',
    stream: 'detection',
    level: 2,
    label: 'Responsible staff are notified at once, also out of hours',
    next: 'Name people or groups in the escalation path, and give Critical a 24/7 calendar.',
    met: (c) => namesSomeone(c),
  },
  {
    id: 'escalate-unacted',
    stream: 'detection',
    level: 3,
    label: 'An event not acted on in time escalates further',
    next: 'Give every priority level an acknowledge target (SLA policies); the sweep escalates breaches.',
    met: (c) => c.priority.matrix.levels.every((l) => c.sla.policies[l.id] !== undefined) && namesSomeone(c),
  },
  {
    id: 'detection-exercises',
    stream: 'detection',
    level: 3,
    label: 'Detection is checked by exercises',
    next: 'Run a tabletop exercise ("New tabletop exercise" on a resolved incident).',
    met: (_c, f) => f.exercises12m > 0,
  },
  {
    id: 'response-owner',
    stream: 'response',
    level: 1,
    label: 'A responsible owner for incident response',
    next: 'Name the incident-response owner.',
    met: (c) => c.program.ownerAccountId !== null,
  },
  {
    id: 'participants',
    stream: 'response',
    level: 1,
    label: 'Defined participants and a single point of contact',
    next: 'Name at least two responders and the incident channel.',
    met: (c) => c.program.responderAccountIds.length >= 2 && c.program.channel.trim() !== '',
  },
  {
    id: 'scenarios',
    stream: 'response',
    level: 2,
    label: 'Common scenarios have documented handling',
    next: 'Keep at least three runbooks for your most common categories.',
    met: (c) => c.response.runbooks.length >= 3,
  },
  {
    id: 'stakeholder-rules',
    stream: 'response',
    level: 2,
    label: 'Rules for involving stakeholders, with timeframes',
    next: 'Add contacts with a "tell within" time, including law enforcement.',
    met: (c) => c.response.contacts.some((x) => x.tellWithinMinutes !== null) && c.response.contacts.some((x) => x.lawEnforcement),
  },
  {
    id: 'rca-policy',
    stream: 'response',
    level: 2,
    label: 'A root-cause analysis policy',
    next: 'Require postmortems for your highest priority levels.',
    met: (c) => c.postmortem.requiredLevels === null || c.postmortem.requiredLevels.length > 0,
  },
  {
    id: 'regular-rca',
    stream: 'response',
    level: 3,
    label: 'Regular root-cause analyses feed improvement',
    next: `Publish at least ${RCA_SHARE_FOR_LEVEL_3 * 100} % of the postmortems the policy requires.`,
    met: (_c, f) => f.postmortemsRequired12m > 0 && f.postmortemsPublished12m / f.postmortemsRequired12m >= RCA_SHARE_FOR_LEVEL_3,
  },
  {
    id: 'response-exercises',
    stream: 'response',
    level: 3,
    label: 'Incident and emergency exercises are held regularly',
    next: 'Run an exercise at least once a year.',
    met: (_c, f) => f.exercises12m > 0,
  },
  {
    id: 'metrics',
    stream: 'response',
    level: 3,
    label: 'Metrics on the process are evaluated and acted on',
    next: 'Review the statistics gadget and mark the metrics reviewed.',
    met: (c, _f, now) => within12Months(c.program.metricsReviewedAt, now),
  },
];

export function sammMaturity(config: AppConfig, facts: ProgramFacts, now: string): StreamMaturity[] {
  return (['detection', 'response'] as const).map((stream) => {
    const criteria = RULES.filter((r) => r.stream === stream).map(({ met, ...r }) => ({ ...r, met: met(config, facts, now) }));
    let level: StreamMaturity['level'] = 0;
    for (const l of [1, 2, 3] as const) {
      if (criteria.filter((c) => c.level === l).every((c) => c.met)) level = l;
      else break;
    }
    return { stream, level, criteria };
  });
}
