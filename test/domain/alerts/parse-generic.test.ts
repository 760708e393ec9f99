import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parseGeneric } from '../../../src/domain/alerts/parse-generic';

const NOW = '2024-05-05T01:05:00.000Z';
const schema = JSON.parse(readFileSync(join(__dirname, '../../../docs/alert-webhook.schema.json'), 'utf8')) as { examples: unknown[] };
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('docs/alert-webhook.schema.json and parseGeneric agree', () => {
  it.each(schema.examples.map((example, i) => [i, example]))("accepts the schema's example %i with both", (_i, example) => {
    expect(validate(example)).toBe(true);
    const result = parseGeneric(JSON.stringify(example), NOW);
    expect(result.ok ? 'ok' : result.reason).toBe('ok');
  });

  const firing = { id: 'a', status: 'firing', title: 'Database is offline' };
  it.each([
    ['no group', { alerts: [firing] }, 'Generic alert payload: group is missing.'],
    ['an empty group', { group: '', alerts: [firing] }, 'Generic alert payload: group must not be empty.'],
    ['a group of 201 characters', { group: 'g'.repeat(201), alerts: [firing] }, 'Generic alert payload: group must be at most 200 characters.'],
    ['no alerts', { group: 'g', alerts: [] }, 'Generic alert payload: alerts is empty; there is nothing to record.'],
    ['an alert without id', { group: 'g', alerts: [{ status: 'firing', title: 't' }] }, 'Generic alert payload: alerts[0].id is missing.'],
    ['an alert without title', { group: 'g', alerts: [{ id: 'a', status: 'firing' }] }, 'Generic alert payload: alerts[0].title is missing.'],
    ['status "ok"', { group: 'g', alerts: [{ ...firing, status: 'ok' }] }, 'Generic alert payload: alerts[0].status must be "firing" or "resolved".'],
    ['severity as a number', { group: 'g', alerts: [{ ...firing, severity: 1 }] }, 'Generic alert payload: alerts[0].severity must be text.'],
    [
      'a detail that is a number',
      { group: 'g', alerts: [{ ...firing, details: { minutes: 3 } }] },
      'Generic alert payload: alerts[0].details.minutes must be text: labels, annotations and details map names to texts.',
    ],
    [
      'a start without a zone',
      { group: 'g', alerts: [{ ...firing, startsAt: '2024-05-05T01:02:00' }] },
      'Generic alert payload: alerts[0].startsAt must be a date and time with a zone, such as 2024-05-01T03:00:00Z.',
    ],
  ])('refuses %s, as the schema does, with 400 and a reason', (_case, payload, reason) => {
    expect(validate(payload)).toBe(false);
    expect(parseGeneric(JSON.stringify(payload), NOW)).toEqual({ ok: false, status: 400, reason });
  });

  it('ignores fields it does not know, as the schema allows', () => {
    const payload = { group: 'g', source: 'cron', alerts: [{ ...firing, url: 'https://example.com' }] };
    expect(validate(payload)).toBe(true);
    expect(parseGeneric(JSON.stringify(payload), NOW).ok).toBe(true);
  });
});

describe('parseGeneric: normalization', () => {
  it('makes details annotations, the title the summary, and starts the alert at reception without startsAt', () => {
    const body = JSON.stringify({
      group: 'login-abuse',
      alerts: [{ id: 'eu', status: 'firing', title: 'Failed logins', labels: { severity: 'warning' }, details: { count: '812' } }],
    });
    expect(parseGeneric(body, NOW)).toEqual({
      ok: true,
      batch: {
        format: 'generic',
        groupKey: 'login-abuse',
        alerts: [
          {
            fingerprint: 'eu',
            status: 'firing',
            labels: { severity: 'warning' },
            annotations: { count: '812' },
            startsAt: NOW,
            endsAt: null,
            summary: 'Failed logins',
            severity: 'warning',
          },
        ],
        truncatedAlerts: 0,
        receivedAt: NOW,
      },
    });
  });

  it('prefers the severity field to a severity label, and ends a resolved alert at reception', () => {
    const body = JSON.stringify({ group: 'g', alerts: [{ id: 'a', status: 'resolved', title: 't', severity: 'critical', labels: { severity: 'info' } }] });
    const result = parseGeneric(body, NOW);
    expect(result.ok && [result.batch.alerts[0]!.severity, result.batch.alerts[0]!.endsAt]).toEqual(['critical', NOW]);
  });

  it('keeps the first 100 alerts and counts the rest', () => {
    const alerts = Array.from({ length: 250 }, (_, i) => ({ id: `a${i}`, status: 'firing', title: 't' }));
    const result = parseGeneric(JSON.stringify({ group: 'storm', alerts }), NOW);
    expect(result.ok && [result.batch.alerts.length, result.batch.alerts.at(-1)!.fingerprint, result.batch.truncatedAlerts]).toEqual([100, 'a99', 150]);
  });

  it('keeps at most 64 labels per alert', () => {
    const labels = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`l${i}`, 'v']));
    const result = parseGeneric(JSON.stringify({ group: 'g', alerts: [{ id: 'a', status: 'firing', title: 't', labels }] }), NOW);
    expect(result.ok && Object.keys(result.batch.alerts[0]!.labels)).toHaveLength(64);
  });
});
