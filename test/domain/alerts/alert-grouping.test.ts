import fc from 'fast-check';
import type { AlertBatch, AlertStatus, NormalizedAlert } from '../../../src/domain/alerts/alert';
import type { AlertGroupState } from '../../../src/domain/alerts/alert-group-state';
import { decideAlertGrouping, DEFAULT_ALERT_GROUPING_SETTINGS, type AlertGroupingSettings } from '../../../src/domain/alerts/alert-grouping';
import { recordAlertGrouping } from '../../../src/domain/alerts/record-alert-grouping';

const NOW = '2024-05-05T03:00:00.000Z';
const minutesBefore = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

const alert = (fingerprint: string, status: AlertStatus): NormalizedAlert => ({
  fingerprint,
  status,
  labels: { alertname: fingerprint },
  annotations: {},
  startsAt: minutesBefore(60),
  endsAt: status === 'resolved' ? NOW : null,
  summary: fingerprint,
  severity: null,
});
const batch = (...alerts: NormalizedAlert[]): AlertBatch => ({ format: 'alertmanager', groupKey: 'g', alerts, truncatedAlerts: 0, receivedAt: NOW });
const state = (recorded: Record<string, AlertStatus>, more: Partial<AlertGroupState> = {}): AlertGroupState => ({
  recorded,
  resolvedAt: null,
  confirmed: false,
  open: true,
  ...more,
});

const a = (status: AlertStatus) => alert('a', status);
const b = (status: AlertStatus) => alert('b', status);
const resolveUnconfirmed: AlertGroupingSettings = { ...DEFAULT_ALERT_GROUPING_SETTINGS, resolveUnconfirmedOnResolved: true };

describe('decideAlertGrouping', () => {
  it.each<[string, AlertGroupState | null, AlertBatch, AlertGroupingSettings, unknown]>([
    ['a firing alert with no incident creates one', null, batch(a('firing')), DEFAULT_ALERT_GROUPING_SETTINGS, { kind: 'create', alerts: [a('firing')] }],
    [
      'a mixed batch with no incident creates one with both',
      null,
      batch(a('firing'), b('resolved')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'create', alerts: [a('firing'), b('resolved')] },
    ],
    ['only resolved alerts with no incident are ignored', null, batch(a('resolved')), DEFAULT_ALERT_GROUPING_SETTINGS, { kind: 'ignored' }],
    [
      'a new alert of the group appends',
      state({ a: 'firing' }),
      batch(a('firing'), b('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'append', alerts: [b('firing')] },
    ],
    ['the same firing alert again is a duplicate', state({ a: 'firing' }), batch(a('firing')), DEFAULT_ALERT_GROUPING_SETTINGS, { kind: 'duplicate' }],
    [
      'one of two resolving appends',
      state({ a: 'firing', b: 'firing' }),
      batch(a('resolved')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'append', alerts: [a('resolved')] },
    ],
    [
      'the last one resolving records the group resolved, leaving the incident to people by default',
      state({ a: 'resolved', b: 'firing' }),
      batch(b('resolved')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'resolved', alerts: [b('resolved')], resolveIncident: false },
    ],
    [
      'with the setting on, the group resolving resolves an unconfirmed incident',
      state({ a: 'firing' }),
      batch(a('resolved')),
      resolveUnconfirmed,
      { kind: 'resolved', alerts: [a('resolved')], resolveIncident: true },
    ],
    [
      'with the setting on, a confirmed incident is still left to people',
      state({ a: 'firing' }, { confirmed: true }),
      batch(a('resolved')),
      resolveUnconfirmed,
      { kind: 'resolved', alerts: [a('resolved')], resolveIncident: false },
    ],
    [
      'firing again 10 minutes after resolving reopens (flapping)',
      state({ a: 'resolved' }, { resolvedAt: minutesBefore(10), open: false }),
      batch(a('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'reopen', alerts: [a('firing')] },
    ],
    [
      'firing again exactly at the window edge still reopens',
      state({ a: 'resolved' }, { resolvedAt: minutesBefore(30), open: false }),
      batch(a('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'reopen', alerts: [a('firing')] },
    ],
    [
      'firing again 31 minutes after, incident closed, creates a new one',
      state({ a: 'resolved' }, { resolvedAt: minutesBefore(31), open: false }),
      batch(a('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'create', alerts: [a('firing')] },
    ],
    [
      'a new incident after the window takes the whole batch, not only what the closed one lacked',
      state({ a: 'firing' }, { resolvedAt: minutesBefore(40), open: false }),
      batch(a('firing'), b('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'create', alerts: [a('firing'), b('firing')] },
    ],
    [
      'firing again 31 minutes after, incident still open, appends to it',
      state({ a: 'resolved' }, { resolvedAt: minutesBefore(31) }),
      batch(a('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'append', alerts: [a('firing')] },
    ],
    [
      'a new alert firing in a resolved group within the window reopens',
      state({ a: 'resolved' }, { resolvedAt: minutesBefore(5) }),
      batch(b('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'reopen', alerts: [b('firing')] },
    ],
    [
      'a late resolved alert in a resolved group appends',
      state({ a: 'resolved' }, { resolvedAt: minutesBefore(5) }),
      batch(b('resolved')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'append', alerts: [b('resolved')] },
    ],
    [
      'a window of 60 minutes set by the admin still reopens at 45',
      state({ a: 'resolved' }, { resolvedAt: minutesBefore(45), open: false }),
      batch(a('firing')),
      { ...DEFAULT_ALERT_GROUPING_SETTINGS, flappingWindowMinutes: 60 },
      { kind: 'reopen', alerts: [a('firing')] },
    ],
    [
      'an alert twice in one batch counts as its last state',
      state({ a: 'firing' }),
      batch(a('resolved'), a('firing')),
      DEFAULT_ALERT_GROUPING_SETTINGS,
      { kind: 'duplicate' },
    ],
  ])('%s', (_case, before, incoming, settings, expected) => {
    expect(decideAlertGrouping(before, incoming, settings, NOW)).toEqual(expected);
  });
});

describe('recordAlertGrouping', () => {
  it('records a new incident as open, unconfirmed, with its alerts', () => {
    expect(recordAlertGrouping(null, { kind: 'create', alerts: [a('firing')] }, NOW)).toEqual({
      recorded: { a: 'firing' },
      resolvedAt: null,
      confirmed: false,
      open: true,
    });
  });

  it('records the group resolved at the time it resolved, and closes the incident only when told to', () => {
    const before = state({ a: 'firing' }, { confirmed: true });
    expect(recordAlertGrouping(before, { kind: 'resolved', alerts: [a('resolved')], resolveIncident: false }, NOW)).toEqual({
      ...before,
      recorded: { a: 'resolved' },
      resolvedAt: NOW,
    });
    expect(recordAlertGrouping(before, { kind: 'resolved', alerts: [a('resolved')], resolveIncident: true }, NOW)?.open).toBe(false);
  });

  it('keeps the first resolution time when a late resolved alert arrives, so the window does not slide', () => {
    const before = state({ a: 'resolved' }, { resolvedAt: minutesBefore(20) });
    expect(recordAlertGrouping(before, { kind: 'append', alerts: [b('resolved')] }, NOW)?.resolvedAt).toBe(minutesBefore(20));
  });

  it('reopens: firing again, open, resolution cleared', () => {
    const before = state({ a: 'resolved' }, { resolvedAt: minutesBefore(10), open: false, confirmed: true });
    expect(recordAlertGrouping(before, { kind: 'reopen', alerts: [a('firing')] }, NOW)).toEqual({
      recorded: { a: 'firing' },
      resolvedAt: null,
      confirmed: true,
      open: true,
    });
  });
});

describe('redelivery', () => {
  const statusArb = fc.constantFrom<AlertStatus>('firing', 'resolved');
  const fingerprintArb = fc.constantFrom('a', 'b', 'c', 'd');
  const batchArb = fc.array(fc.tuple(fingerprintArb, statusArb), { minLength: 1, maxLength: 6 }).map((pairs) => batch(...pairs.map(([f, s]) => alert(f, s))));
  const stateArb = fc.option(
    fc.record({
      recorded: fc.dictionary(fingerprintArb, statusArb),
      resolvedAt: fc.option(fc.integer({ min: 0, max: 120 }).map(minutesBefore)),
      confirmed: fc.boolean(),
      open: fc.boolean(),
    }),
  );

  it('decides nothing new when the same batch arrives a second time', () => {
    fc.assert(
      fc.property(stateArb, batchArb, fc.boolean(), (before, incoming, resolveUnconfirmedOnResolved) => {
        const settings = { ...DEFAULT_ALERT_GROUPING_SETTINGS, resolveUnconfirmedOnResolved };
        const after = recordAlertGrouping(before, decideAlertGrouping(before, incoming, settings, NOW), NOW);
        const second = decideAlertGrouping(after, incoming, settings, NOW);
        expect(['duplicate', 'ignored']).toContain(second.kind);
      }),
      { numRuns: 500 },
    );
  });
});
