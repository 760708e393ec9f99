import { parseGrafana } from '../../../src/domain/alerts/parse-grafana';
import { GRAFANA_DOCS_PAYLOAD } from './fixtures/grafana-payloads';

const NOW = '2021-10-12T08:00:00.000Z';

describe("parseGrafana: contract with Grafana's documented payload", () => {
  it('reads the two firing alerts of the docs example, in UTC, with no end while firing', () => {
    const result = parseGrafana(GRAFANA_DOCS_PAYLOAD, NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.batch).toEqual({
      format: 'grafana',
      groupKey: '{}:{}',
      alerts: [
        {
          fingerprint: 'c6eadffa33fcdf37',
          status: 'firing',
          labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
          annotations: {
            description: 'The system has high memory usage',
            runbook_url: 'https://myrunbook.com/runbook/1234',
            summary: 'This alert was triggered for zone us-1',
          },
          startsAt: '2021-10-12T07:51:03.157Z',
          endsAt: null,
          summary: 'This alert was triggered for zone us-1',
          severity: null,
        },
        expect.objectContaining({ fingerprint: 'bc97ff14869b13e3', status: 'firing', startsAt: '2021-10-12T07:56:03.157Z', endsAt: null }),
      ],
      truncatedAlerts: 0,
      receivedAt: NOW,
    });
  });

  it('reads a resolved alert with its end time', () => {
    const body = GRAFANA_DOCS_PAYLOAD.replaceAll('"status": "firing"', '"status": "resolved"').replace(
      '"endsAt": "0001-01-01T00:00:00Z"',
      '"endsAt": "2021-10-12T10:01:03.1+02:00"',
    );
    const result = parseGrafana(body, NOW);
    expect(result.ok && result.batch.alerts.map((a) => [a.status, a.endsAt])).toEqual([
      ['resolved', '2021-10-12T08:01:03.100Z'],
      ['resolved', NOW], // resolved, no end given: it ended by the time Grafana told us
    ]);
  });

  it('accepts values as null, as Go encodes a nil map', () => {
    const body = GRAFANA_DOCS_PAYLOAD.replace(/"values": \{[^}]*\}/, '"values": null');
    expect(parseGrafana(body, NOW).ok).toBe(true);
  });
});

describe('parseGrafana: bad input is refused with a status and a reason in plain words', () => {
  const withPayload = (change: (p: Record<string, unknown> & { alerts: Record<string, unknown>[] }) => void) => {
    const p = JSON.parse(GRAFANA_DOCS_PAYLOAD) as Record<string, unknown> & { alerts: Record<string, unknown>[] };
    change(p);
    return JSON.stringify(p);
  };

  it.each([
    ['version 0', withPayload((p) => (p.version = '0')), 'This is Grafana webhook version "0"; only version "1" is understood.'],
    [
      'a custom payload (no version)',
      JSON.stringify({ text: 'High memory usage' }),
      'Grafana payload: version is missing; expected "1". If the contact point sets a custom payload, clear it so Grafana sends its default payload.',
    ],
    ['values that are not numbers', withPayload((p) => (p.alerts[0]!.values = { B: 'high' })), 'Grafana payload: alerts[0].values.B must be a number.'],
    ['an orgId that is text', withPayload((p) => (p.orgId = 'one')), 'Grafana payload: orgId must be a number.'],
    [
      'annotations that are a list',
      withPayload((p) => (p.alerts[1]!.annotations = [])),
      'Grafana payload: alerts[1].annotations must be an object of names to texts.',
    ],
    ['no status', withPayload((p) => delete p.status), 'Grafana payload: status is missing.'],
    ['no endsAt', withPayload((p) => delete p.alerts[0]!.endsAt), 'Grafana payload: alerts[0].endsAt is missing.'],
  ])('refuses %s with 400', (_case, body, reason) => {
    expect(parseGrafana(body, NOW)).toEqual({ ok: false, status: 400, reason });
  });

  it('cuts long label values and keeps a long group key apart from others by hashing it', () => {
    const long = 'x'.repeat(2_000);
    const body = withPayload((p) => {
      p.groupKey = `{}:{zone="${long}"}`;
      p.alerts[0]!.labels = { alertname: long };
    });
    const result = parseGrafana(body, NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.batch.groupKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Array.from(result.batch.alerts[0]!.labels.alertname!)).toHaveLength(1_000);
    expect(result.batch.alerts[0]!.labels.alertname!.endsWith('x…')).toBe(true);
  });
});
