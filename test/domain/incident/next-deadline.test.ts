import { nextDeadline } from '../../../src/shared/next-deadline';
import type { IncidentView } from '../../../src/shared/resolver-contract';

type Clock = IncidentView['sla']['clocks'][number];
type Obligation = IncidentView['legal']['obligations'][number];
const clock = (kind: Clock['kind'], state: Clock['state'], dueAt: string | null) => ({ kind, state, dueAt }) as Clock;
const obligation = (stage: string, applicability: Obligation['applicability'], state: Obligation['state'], dueAt: string | null) =>
  ({ regime: 'EU GDPR', stage, applicability, state, dueAt }) as Obligation;
const view = (clocks: Clock[], obligations: Obligation[]) => ({ sla: { clocks }, legal: { obligations } }) as unknown as Pick<IncidentView, 'sla' | 'legal'>;
const NOW = '2026-12-04T10:00:00.000Z';

describe('the next deadline', () => {
  it.each([
    ['nothing running', view([clock('acknowledge', 'met', '2026-12-04T09:00:00.000Z')], []), null],
    [
      'the earlier of a running SLA clock and an open legal clock',
      view(
        [clock('contain', 'running', '2026-12-04T14:00:00.000Z')],
        [obligation('Notify the supervisory authority', 'applies', 'open', '2026-12-04T12:00:00.000Z')],
      ),
      { what: 'EU GDPR: Notify the supervisory authority', short: 'EU GDPR notice', dueAt: '2026-12-04T12:00:00.000Z', late: false },
    ],
    [
      'a possible obligation has no clock yet; a sent one is done',
      view(
        [clock('resolve', 'running', '2026-12-06T10:00:00.000Z'), clock('contain', 'paused', null)],
        [obligation('Notify', 'possible', 'open', '2026-12-04T11:00:00.000Z'), obligation('Notify people', 'applies', 'sent', '2026-12-04T11:00:00.000Z')],
      ),
      { what: 'Time to resolve', short: 'resolve', dueAt: '2026-12-06T10:00:00.000Z', late: false },
    ],
    [
      'a running clock past its due time is late',
      view([clock('acknowledge', 'running', '2026-12-04T09:30:00.000Z')], []),
      { what: 'Time to acknowledge', short: 'acknowledge', dueAt: '2026-12-04T09:30:00.000Z', late: true },
    ],
  ])('%s', (_name, v, expected) => {
    expect(nextDeadline(v, NOW)).toEqual(expected);
  });
});
