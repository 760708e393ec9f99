import type { NormalizedAlert } from '../../../src/domain/alerts/alert';
import { classifyAlerts } from '../../../src/domain/alerts/alert-classification';
import { alertEntryText, alertIssueSummary } from '../../../src/domain/alerts/alert-entry-text';
import { alertIntakeRecord } from '../../../src/domain/alerts/alert-intake-record';
import { alertRoute } from '../../../src/domain/alerts/alert-route';
import { DEFAULT_SEVERITIES, type AlertSource } from '../../../src/domain/alerts/alert-source';
import { defaultAppConfig } from '../../../src/domain/config/default-config';

const NOW = '2026-12-06T03:00:00.000Z';
const alert = (over: Partial<NormalizedAlert> = {}): NormalizedAlert => ({
  fingerprint: 'f1',
  status: 'firing',
  labels: { alertname: 'HostDown', instance: 'web-1', severity: 'critical' },
  annotations: { summary: 'web-1 down' },
  startsAt: NOW,
  endsAt: null,
  summary: 'web-1 down',
  severity: 'critical',
  ...over,
});
const source: AlertSource = {
  id: 'prometheus',
  name: 'Prometheus (production)',
  format: 'alertmanager',
  enabled: true,
  projectKey: 'SEC',
  issueTypeId: '10001',
  categoryId: 'technical',
  categoryLabel: 'category',
  severities: DEFAULT_SEVERITIES,
  hmacHeader: null,
  hmacTimestampHeader: null,
};
const categories = defaultAppConfig().taxonomy.categories;

describe('alertRoute: the path suffix names the format and the source', () => {
  it.each([
    ['/alertmanager/prometheus', { format: 'alertmanager', sourceId: 'prometheus' }],
    ['/grafana/grafana-cloud/', { format: 'grafana', sourceId: 'grafana-cloud' }],
    ['/generic/scripts', { format: 'generic', sourceId: 'scripts' }],
    ['', null],
    ['/alertmanager', null],
    ['/nagios/prometheus', null],
    ['/alertmanager/Prometheus', null],
    ['/alertmanager/prometheus/extra', null],
    ['/alertmanager/../config', null],
  ])('%s', (path, expected) => expect(alertRoute(path)).toEqual(expected));
});

describe('classifyAlerts: category from the label, impact and urgency from the worst severity', () => {
  it.each([
    ['critical', [alert()], { categoryId: 'technical', impact: 'high', urgency: 'high' }],
    ['warning', [alert({ severity: 'warning' })], { categoryId: 'technical', impact: 'medium', urgency: 'medium' }],
    ['an unknown severity counts as medium', [alert({ severity: 'sev2' })], { categoryId: 'technical', impact: 'medium', urgency: 'medium' }],
    ['no severity', [alert({ severity: null })], { categoryId: 'technical', impact: 'medium', urgency: 'medium' }],
    [
      'the worst of a group, per axis',
      [alert({ severity: 'info' }), alert({ fingerprint: 'f2', severity: 'error' })],
      { categoryId: 'technical', impact: 'medium', urgency: 'high' },
    ],
    ['severity is read case-insensitively', [alert({ severity: 'CRITICAL' })], { categoryId: 'technical', impact: 'high', urgency: 'high' }],
    [
      'a category label the taxonomy knows',
      [alert({ labels: { category: 'denial-of-service' } })],
      { categoryId: 'denial-of-service', impact: 'high', urgency: 'high' },
    ],
    [
      'a category label it does not know: the default',
      [alert({ labels: { category: 'weather' } })],
      { categoryId: 'technical', impact: 'high', urgency: 'high' },
    ],
    [
      'resolved alerts do not raise a firing group',
      [alert({ severity: 'info' }), alert({ fingerprint: 'f2', status: 'resolved', severity: 'critical' })],
      { categoryId: 'technical', impact: 'low', urgency: 'low' },
    ],
  ] as const)('%s', (_, alerts, expected) => expect(classifyAlerts(alerts, source, categories)).toEqual(expected));
});

describe('alertIntakeRecord: an event at the level the matrix gives, no reporter, availability affected', () => {
  it.each([
    [{ categoryId: 'technical', impact: 'high', urgency: 'high' }, 'Critical'],
    [{ categoryId: 'technical', impact: 'medium', urgency: 'medium' }, 'Serious'],
    [{ categoryId: 'technical', impact: 'low', urgency: 'low' }, 'Mild'],
  ] as const)('%j is %s', (classification, level) => {
    const record = alertIntakeRecord('10042', NOW, classification, defaultAppConfig());
    expect(record).toMatchObject({ issueId: '10042', priority: level, category: 'technical', reporter: null, reportedAt: NOW, triage: { state: 'event' } });
    expect(record.cia).toEqual({ confidentiality: false, integrity: false, availability: true, authenticity: false });
  });
});

describe('alert words for the timeline and the issue', () => {
  it('say what happened, then what the monitor sent', () => {
    expect(alertEntryText(alert(), 'firing', 'Prometheus (production)')).toBe(
      'Alert firing from Prometheus (production): web-1 down. Labels: alertname: HostDown; instance: web-1; severity: critical. Annotations: summary: web-1 down.',
    );
    expect(alertEntryText(alert({ status: 'resolved', labels: {}, annotations: {} }), 'resolved', 'Grafana')).toBe('Alert resolved at Grafana: web-1 down.');
    expect(alertEntryText(alert({ summary: null, labels: {}, annotations: {} }), 'still-firing', 'Grafana')).toBe(
      'Alert still firing at Grafana (sent again): an alert without a summary.',
    );
  });
  it('cut a monitor that sends pages of labels to 2,000 characters', () => {
    const text = alertEntryText(alert({ annotations: { description: 'x'.repeat(5000) } }), 'firing', 'P');
    expect(text).toHaveLength(2000);
    expect(text.endsWith('…')).toBe(true);
  });
  it('give the issue a summary Jira accepts (at most 255 characters)', () => {
    expect(alertIssueSummary([alert()])).toBe('web-1 down');
    expect(alertIssueSummary([alert(), alert({ fingerprint: 'f2' })])).toBe('web-1 down (and 1 more alert)');
    expect(alertIssueSummary([alert(), alert({ fingerprint: 'f2' }), alert({ fingerprint: 'f3' })])).toBe('web-1 down (and 2 more alerts)');
    expect(alertIssueSummary([alert({ summary: 'y'.repeat(400) })])).toHaveLength(255);
    expect(alertIssueSummary([alert({ summary: null })])).toBe('HostDown');
  });
});
