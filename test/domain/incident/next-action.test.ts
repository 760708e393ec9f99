import { nextAction } from '../../../src/shared/next-action';
import type { IncidentView } from '../../../src/shared/resolver-contract';

type Viewed = Parameters<typeof nextAction>[0];
const base = (): Viewed =>
  ({
    canEdit: true,
    incident: { triage: { state: 'incident' }, priority: 'Serious' },
    sla: { clocks: [] },
    legal: { obligations: [] },
    postmortem: { state: 'not-required', overdue: false },
  }) as unknown as Viewed;
const clock = (kind: string, state: string) => ({ kind, state }) as IncidentView['sla']['clocks'][number];
const obligation = (applicability: string, state: string) =>
  ({ regime: 'EU GDPR', stage: 'Notify the supervisory authority', applicability, state }) as IncidentView['legal']['obligations'][number];
const withIt = (change: (v: Viewed) => void) => {
  const v = base();
  change(v);
  return v;
};

describe('the next action the panel asks for', () => {
  it.each([
    ['someone who cannot edit', withIt((v) => void (v.canEdit = false)), null, 'You can follow this incident here; the incident team works it.'],
    [
      'a new event',
      withIt((v) => void (v.incident.triage.state = 'event')),
      'triage',
      'Decide whether this is an incident: confirm it, or dismiss it with a reason.',
    ],
    [
      'a dismissed event',
      withIt((v) => void (v.incident.triage.state = 'not-incident')),
      'triage',
      'Nothing to do: it was dismissed as not an incident. Reopen it if new facts come in.',
    ],
    ['an incident without a priority', withIt((v) => void (v.incident.priority = null)), 'overview', 'Give it a priority: set the impact and the urgency.'],
    [
      'the acknowledge clock running',
      withIt((v) => void (v.sla.clocks = [clock('acknowledge', 'running'), clock('resolve', 'running')])),
      'sla',
      "Acknowledge it: a triage decision or a classification here, or the issue's first status change in Jira, stops that clock.",
    ],
    [
      'an open legal notice that applies (a possible one waits)',
      withIt((v) => void (v.legal.obligations = [obligation('possible', 'open'), obligation('applies', 'open')])),
      'legal',
      'Decide the legal notice: EU GDPR, Notify the supervisory authority.',
    ],
    [
      'an overdue postmortem',
      withIt((v) => void (v.postmortem = { ...v.postmortem, state: 'due', overdue: true })),
      'reports',
      'Write and publish the postmortem: it is overdue.',
    ],
    [
      'clocks still running',
      withIt((v) => void (v.sla.clocks = [clock('resolve', 'running')])),
      'response',
      'Work the response: record the phase, roles and what was done as it happens.',
    ],
    ['all done', base(), null, 'Nothing is due. The timeline and the reports stay here for review.'],
  ])('%s', (_name, view, section, text) => {
    expect(nextAction(view)).toEqual({ text, section });
  });
});
