/**
 * The Incident glance's collapsed status (jira:issueContext dynamicProperties): the level, and the
 * next deadline in words if it fits in a lozenge; red once a deadline is missed.
 */
import { glanceStatus, glanceStatusLabel, LOZENGE_FITS } from '../../../src/shared/glance-status';
import type { NextDeadline } from '../../../src/shared/next-deadline';

const NOW = '2026-12-04T10:00:00.000Z';
const due = (short: string, dueAt: string, late = false): NextDeadline => ({ what: `The ${short}`, short, dueAt, late });

describe('the glance status label', () => {
  it.each([
    ['no deadline: the level alone', 'Critical', null, 'Critical'],
    ['a clock in minutes', 'Mild', due('acknowledge', '2026-12-04T10:45:00.000Z'), 'Mild · acknowledge in 45 min'],
    ['one character too long: the deadline without its name', 'Serious', due('acknowledge', '2026-12-04T10:45:00.000Z'), 'Serious · next in 45 min'],
    ['a clock in hours, rounded down', 'Critical', due('contain', '2026-12-04T13:59:00.000Z'), 'Critical · contain in 3 h'],
    ['a clock in days past 48 hours', 'Mild', due('resolve', '2026-12-07T11:00:00.000Z'), 'Mild · resolve in 3 d'],
    ['less than a minute left counts as one', 'Mild', due('resolve', '2026-12-04T10:00:20.000Z'), 'Mild · resolve in 1 min'],
    ['a missed clock says how late', 'Critical', due('contain', '2026-12-04T08:00:00.000Z', true), 'Critical · contain 2 h late'],
    ['a legal notice that does not fit drops its name', 'Critical', due('EU GDPR notice', '2026-12-05T10:00:00.000Z'), 'Critical · next in 24 h'],
    ['a level too long for any deadline stays alone', '5 Severe and lasting damage', due('contain', '2026-12-04T11:00:00.000Z'), '5 Severe and lasting damage'],
  ])('%s', (_name, level, next, expected) => {
    const label = glanceStatusLabel(level, next, NOW);
    expect(label).toBe(expected);
    expect(label.length <= LOZENGE_FITS || label === level).toBe(true);
  });
});

describe('the glance status', () => {
  it.each([
    ['a level with a running clock', 'Serious', due('contain', '2026-12-04T12:00:00.000Z'), { label: 'Serious · contain in 2 h', type: 'moved' }],
    ['a missed deadline is red', 'Serious', due('contain', '2026-12-04T09:00:00.000Z', true), { label: 'Serious · contain 1 h late', type: 'removed' }],
    ['no level yet, no deadline', null, null, { label: 'Level not set', type: 'default' }],
  ])('%s', (_name, level, next, value) => {
    expect(glanceStatus(level, next, NOW)).toEqual({ status: { type: 'lozenge', value } });
  });
});
