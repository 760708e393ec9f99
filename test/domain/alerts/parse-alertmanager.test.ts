import { parseAlertmanager } from '../../../src/domain/alerts/parse-alertmanager';
import { ALERTMANAGER_HA_EXAMPLE_FIRING, ALERTMANAGER_TEST_DEFAULT_PAYLOAD } from './fixtures/alertmanager-payloads';

const NOW = '2024-05-01T03:06:00.000Z';

describe('parseAlertmanager: contract with the payloads from Alertmanager', () => {
  it("reads webhook_test.go's default payload as one resolved alert of its group", () => {
    expect(parseAlertmanager(ALERTMANAGER_TEST_DEFAULT_PAYLOAD, NOW)).toEqual({
      ok: true,
      batch: {
        format: 'alertmanager',
        groupKey: '{}:{alertname="test1"}',
        alerts: [
          {
            fingerprint: 'dab43189276e5f48',
            status: 'resolved',
            labels: { alertname: 'TestAlert' },
            annotations: { summary: 'Test summary' },
            startsAt: '2020-01-01T00:00:00.000Z',
            endsAt: '2020-01-01T01:00:00.000Z',
            summary: 'Test summary',
            severity: null,
          },
        ],
        truncatedAlerts: 0,
        receivedAt: NOW,
      },
    });
  });

  it('reads two firing alerts of one group, with no end time while they fire', () => {
    const result = parseAlertmanager(ALERTMANAGER_HA_EXAMPLE_FIRING, NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.batch.groupKey).toBe('{}:{alertname="DiskRunningFull"}');
    expect(result.batch.alerts.map((a) => [a.fingerprint, a.status, a.startsAt, a.endsAt, a.summary])).toEqual([
      ['8320f0af89d48747', 'firing', '2024-05-01T03:00:00.123Z', null, 'please check the instance example1'],
      ['e1d3beb1bb24a40c', 'firing', '2024-05-01T03:00:00.123Z', null, 'please check the instance example1'],
    ]);
    expect(result.batch.alerts[1]!.annotations.runbook).toBe('the following link http://test-url should be clickable');
  });

  it('takes the severity label when there is one', () => {
    const body = ALERTMANAGER_TEST_DEFAULT_PAYLOAD.replace('"labels":{"alertname":"TestAlert"}', '"labels":{"alertname":"TestAlert","severity":"critical"}');
    const result = parseAlertmanager(body, NOW);
    expect(result.ok && result.batch.alerts[0]!.severity).toBe('critical');
  });

  it("adds the sender's truncatedAlerts to the alerts over our own limit", () => {
    const body = ALERTMANAGER_HA_EXAMPLE_FIRING.replace('"truncatedAlerts": 0', '"truncatedAlerts": 7');
    const result = parseAlertmanager(body, NOW, { maxBodyBytes: 1_000_000, maxAlerts: 1, maxValueLength: 1_000, maxEntries: 64 });
    expect(result.ok && [result.batch.alerts.length, result.batch.truncatedAlerts]).toEqual([1, 8]);
  });
});

describe('parseAlertmanager: bad input is refused with a status and a reason in plain words', () => {
  const payload = () => JSON.parse(ALERTMANAGER_TEST_DEFAULT_PAYLOAD) as Record<string, unknown> & { alerts: Record<string, unknown>[] };
  const withPayload = (change: (p: ReturnType<typeof payload>) => void) => {
    const p = payload();
    change(p);
    return JSON.stringify(p);
  };

  it.each([
    ['version 3', withPayload((p) => (p.version = '3')), 'This is Alertmanager webhook version "3"; only version "4" is understood.'],
    ['no version', withPayload((p) => delete p.version), 'Alertmanager payload: version is missing; expected "4".'],
    ['no groupKey', withPayload((p) => delete p.groupKey), 'Alertmanager payload: groupKey is missing.'],
    ['an empty groupKey', withPayload((p) => (p.groupKey = '')), 'Alertmanager payload: groupKey must not be empty.'],
    ['no alerts', withPayload((p) => (p.alerts = [])), 'Alertmanager payload: alerts is empty; there is nothing to record.'],
    ['alerts not a list', withPayload((p) => (p.alerts = {} as never)), 'Alertmanager payload: alerts must be a list of alerts.'],
    [
      'an unknown alert status',
      withPayload((p) => (p.alerts[0]!.status = 'pending')),
      'Alertmanager payload: alerts[0].status must be "firing" or "resolved".',
    ],
    [
      'a label that is a number',
      withPayload((p) => (p.alerts[0]!.labels = { alertname: 5 })),
      'Alertmanager payload: alerts[0].labels.alertname must be text: labels, annotations and details map names to texts.',
    ],
    [
      'a date without a zone',
      withPayload((p) => (p.alerts[0]!.startsAt = '2020-01-01 00:00:00')),
      'Alertmanager payload: alerts[0].startsAt must be a date and time with a zone, such as 2024-05-01T03:00:00Z.',
    ],
    ['no fingerprint', withPayload((p) => delete p.alerts[0]!.fingerprint), 'Alertmanager payload: alerts[0].fingerprint is missing.'],
    ['a negative truncatedAlerts', withPayload((p) => (p.truncatedAlerts = -1)), 'Alertmanager payload: truncatedAlerts must not be negative.'],
    ['not JSON', '{"version":"4",', 'The body is not valid JSON.'],
    ['a JSON list', '[]', 'The body must be a JSON object, not a list or a single value.'],
    ['an empty body', '', 'The body is empty; send the alert as JSON.'],
  ])('refuses %s with 400', (_case, body, reason) => {
    expect(parseAlertmanager(body, NOW)).toEqual({ ok: false, status: 400, reason });
  });

  it('refuses a body over the size budget with 413, counting bytes, not characters', () => {
    const body = `{"version":"4","pad":"${'€'.repeat(333_334)}"}`; // 3 bytes per €
    expect(parseAlertmanager(body, NOW)).toEqual({
      ok: false,
      status: 413,
      reason: 'The body is 1000026 bytes; the limit is 1000000 bytes. Send fewer alerts per request (Alertmanager: max_alerts).',
    });
  });

  it('ignores fields it does not know', () => {
    const body = withPayload((p) => {
      p.somethingNew = { nested: true };
      p.alerts[0]!.extra = 1;
    });
    expect(parseAlertmanager(body, NOW).ok).toBe(true);
  });
});
