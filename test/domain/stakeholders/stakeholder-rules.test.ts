/**
 * Stakeholder updates' rules (issue 32, item 2), as tables with literal values: when the next update
 * is due, when the commander is reminded and under which name (once per due time), who receives an
 * update, what a valid update is, and the words recipients and the timeline read.
 */
import { cadenceOf, type CadenceFacts, nextUpdateDue } from '../../../src/domain/stakeholders/next-update-due';
import { reminderAt, reminderToSend, snoozeReminder } from '../../../src/domain/stakeholders/update-reminder';
import { updateRecipients } from '../../../src/domain/stakeholders/update-recipients';
import { updateProblems } from '../../../src/domain/stakeholders/stakeholder-update';
import { reminderMessage, updateTimelineText } from '../../../src/domain/stakeholders/update-words';
import { stakeholderSettingsProblems } from '../../../src/domain/stakeholders/stakeholder-settings-problems';
import { stakeholderPeopleProblems } from '../../../src/domain/stakeholders/stakeholder-people';
import { DEFAULT_STAKEHOLDER_SETTINGS, type StakeholderAudience } from '../../../src/domain/stakeholders/stakeholder-settings';
import { recipientsInWords, updateBody, updateSubject } from '../../../src/shared/stakeholder-update-words';
import { en, wordsIn } from '../../i18n/backend-words';

const EN = { locale: 'en-US', t: en } as const;

const facts = (over: Partial<CadenceFacts> = {}): CadenceFacts => ({
  level: 'Critical',
  triage: 'incident',
  confirmedAt: '2026-12-07T09:00:00.000Z',
  closed: false,
  lastUpdate: null,
  ...over,
});

describe('cadenceOf: the default cadence per level', () => {
  it.each([
    ['Critical', 30],
    ['Serious', 120],
    ['Mild', null],
    ['P1', null],
    [null, null],
  ] as const)('%s -> %s minutes', (level, minutes) => {
    expect(cadenceOf(DEFAULT_STAKEHOLDER_SETTINGS, level)).toBe(minutes);
  });
});

describe('nextUpdateDue', () => {
  it.each([
    ['confirmed, no update yet: one cadence after the confirmation', facts(), 30, '2026-12-07T09:30:00.000Z'],
    [
      'after an update: one cadence after it',
      facts({ lastUpdate: { at: '2026-12-07T09:40:00.000Z', nextUpdateAt: '2026-12-07T10:10:00.000Z' } }),
      30,
      '2026-12-07T10:10:00.000Z',
    ],
    [
      'an update promised sooner: then',
      facts({ lastUpdate: { at: '2026-12-07T09:40:00.000Z', nextUpdateAt: '2026-12-07T09:55:00.000Z' } }),
      30,
      '2026-12-07T09:55:00.000Z',
    ],
    // Raised from Serious to Critical after a Serious update: the Critical cadence applies at once.
    [
      'level changed after the last update: the new cadence',
      facts({ lastUpdate: { at: '2026-12-07T09:40:00.000Z', nextUpdateAt: '2026-12-07T11:40:00.000Z' } }),
      30,
      '2026-12-07T10:10:00.000Z',
    ],
    [
      'an update older than the confirmation (sent as an event): from the confirmation',
      facts({ lastUpdate: { at: '2026-12-07T08:00:00.000Z', nextUpdateAt: '2026-12-07T10:00:00.000Z' } }),
      120,
      '2026-12-07T10:00:00.000Z',
    ],
    ['a level without a cadence', facts({ level: 'Mild' }), null, null],
    ['resolved or closed', facts({ closed: true }), 30, null],
    [
      'the newest update said it is resolved: no more reminders',
      facts({ lastUpdate: { at: '2026-12-07T09:40:00.000Z', nextUpdateAt: '2026-12-07T10:10:00.000Z', status: 'resolved' } }),
      30,
      null,
    ],
    [
      'the newest update is fixed and monitoring: one cadence after it',
      facts({ lastUpdate: { at: '2026-12-07T09:40:00.000Z', nextUpdateAt: '2026-12-07T10:10:00.000Z', status: 'monitoring' } }),
      30,
      '2026-12-07T10:10:00.000Z',
    ],
    ['still an event', facts({ triage: 'event' }), 30, null],
    ['dismissed', facts({ triage: 'not-incident' }), 30, null],
  ] as const)('%s', (_what, f, minutes, due) => {
    expect(nextUpdateDue(f, minutes)).toBe(due);
  });
});

describe('reminders: once per due time, moved by a snooze', () => {
  const due = '2026-12-07T09:30:00.000Z';
  const snoozed = snoozeReminder(due, 30, '2026-12-07T09:32:00.000Z', 'acc-sam');
  it('a snooze ends minutes from now and names the due time it is for', () => {
    expect(snoozed).toEqual({ dueAt: due, until: '2026-12-07T10:02:00.000Z', by: 'acc-sam' });
    expect(snoozeReminder(due, 120, '2026-12-07T09:00:00.000Z', 'a').until).toBe('2026-12-07T11:00:00.000Z');
  });
  it.each([
    ['before the due time', null, '2026-12-07T09:29:59.000Z', null],
    ['at the due time', null, '2026-12-07T09:30:00.000Z', 'stakeholder-reminder:2026-12-07T09:30:00.000Z'],
    ['a sweep later: the same name, so claimed once', null, '2026-12-07T09:35:00.000Z', 'stakeholder-reminder:2026-12-07T09:30:00.000Z'],
    ['snoozed, before it ends', snoozed, '2026-12-07T10:00:00.000Z', null],
    [
      'snoozed, when it ends: a new name',
      snoozed,
      '2026-12-07T10:05:00.000Z',
      'stakeholder-reminder:2026-12-07T09:30:00.000Z:snoozed:2026-12-07T10:02:00.000Z',
    ],
    [
      'a snooze of an earlier due time does nothing',
      { ...snoozed, dueAt: '2026-12-07T09:00:00.000Z' },
      '2026-12-07T09:31:00.000Z',
      'stakeholder-reminder:2026-12-07T09:30:00.000Z',
    ],
  ] as const)('%s', (_what, snooze, now, key) => {
    expect(reminderToSend(due, snooze, now)).toBe(key);
  });
  it('nothing due, nothing sent; a snooze that ends before the due time leaves it', () => {
    expect(reminderToSend(null, null, '2026-12-07T09:30:00.000Z')).toBeNull();
    expect(reminderAt(due, { dueAt: due, until: '2026-12-07T09:10:00.000Z', by: 'a' })).toBe(due);
  });
});

describe('updateRecipients', () => {
  const board: StakeholderAudience = { name: 'Board', categories: 'every', levels: ['Critical'], users: ['acc-morgan', 'acc-casey'], groups: ['execs'] };
  const privacy: StakeholderAudience = { name: 'Privacy', categories: ['data-exposure'], levels: 'every', users: ['acc-dpo', 'acc-morgan'], groups: [] };
  it.each([
    ['Critical data exposure: both, merged', 'data-exposure', 'Critical', null, { users: ['acc-morgan', 'acc-casey', 'acc-dpo'], groups: ['execs'] }],
    ['Critical phishing: the board', 'phishing', 'Critical', null, { users: ['acc-morgan', 'acc-casey'], groups: ['execs'] }],
    ['Serious phishing: nobody', 'phishing', 'Serious', null, { users: [], groups: [] }],
    ['no category yet: only audiences of every category', null, 'Critical', null, { users: ['acc-morgan', 'acc-casey'], groups: ['execs'] }],
    ['never the reporter', 'phishing', 'Critical', 'acc-casey', { users: ['acc-morgan'], groups: ['execs'] }],
  ] as const)('%s', (_what, category, level, reporter, expected) => {
    expect(updateRecipients([board, privacy], category, level, reporter)).toEqual(expected);
  });
});

describe('updateProblems', () => {
  const now = '2026-12-07T09:00:00.000Z';
  const good = {
    status: 'investigating' as const,
    known: 'Phishing mail to 40 people.',
    doing: 'Blocking the sender.',
    need: '',
    nextUpdateAt: '2026-12-07T09:30:00.000Z',
  };
  it.each([
    ['a good update', good, '2026-12-07T09:30:00.000Z', {}],
    ['nothing known', { ...good, known: '  ' }, '2026-12-07T09:30:00.000Z', { known: 'Say what we know so far.' }],
    ['nothing being done', { ...good, doing: '' }, '2026-12-07T09:30:00.000Z', { doing: 'Say what the team is doing about it.' }],
    [
      'next update in the past',
      { ...good, nextUpdateAt: '2026-12-07T08:59:00.000Z' },
      '2026-12-07T09:30:00.000Z',
      { nextUpdateAt: 'Choose a time for the next update that is still to come.' },
    ],
    [
      'later than the cadence allows',
      { ...good, nextUpdateAt: '2026-12-07T09:31:00.000Z' },
      '2026-12-07T09:30:00.000Z',
      { nextUpdateAt: 'This level asks for updates more often: choose an earlier time for the next update.' },
    ],
    [
      'no cadence: within a week',
      { ...good, nextUpdateAt: '2026-12-15T09:00:00.000Z' },
      null,
      { nextUpdateAt: 'Choose a time for the next update within a week.' },
    ],
  ] as const)('%s', (_what, draft, latest, problems) => {
    expect(updateProblems(draft, now, latest)).toEqual(problems);
  });
});

describe('the words recipients and the timeline read', () => {
  const update = {
    status: 'monitoring' as const,
    known: 'A bad deploy.',
    doing: 'Rolled back.',
    need: 'Nothing from sales.',
    nextUpdateAt: '2026-12-07T10:00:00.000Z',
  };
  it('subject, body and timeline text, with times in words and the zone named', () => {
    expect(updateSubject({ issueKey: 'SEC-7', summary: 'Shop is down', levelLabel: 'Critical' }, 'monitoring')).toBe(
      'Update on SEC-7 (Critical): Fixed, monitoring - Shop is down',
    );
    expect(updateBody(update, 'Europe/Berlin')).toBe(
      'Status: Fixed, monitoring\n\nWhat we know:\nA bad deploy.\n\nWhat we are doing:\nRolled back.\n\nWhat we need from you:\nNothing from sales.\n\nNext update by Mon 7 Dec 2026, 11:00 (Europe/Berlin).',
    );
    expect(updateBody({ ...update, status: 'resolved', need: '' }, 'America/Los_Angeles')).toContain(
      'What we need from you:\nNothing at the moment.\n\nThis is the last update unless something changes.',
    );
    expect(updateTimelineText(update, { users: ['a', 'b'], groups: [] })).toBe(
      'Stakeholder update sent to 2 people (Fixed, monitoring). What we know: A bad deploy. What we are doing: Rolled back. What we need: Nothing from sales.',
    );
  });
  it.each([
    [[], [], 'nobody (no stakeholders are set for this category and level)'],
    [['a'], [], '1 person'],
    [[], ['g', 'h'], '2 groups'],
    [['a', 'b', 'c'], ['g'], '3 people and 1 group'],
  ] as const)('recipients %j %j -> %s', (users, groups, words) => {
    expect(recipientsInWords({ users, groups })).toBe(words);
  });
  it('the reminder says what is due, since when, in words', () => {
    const facts = { issueKey: 'SEC-7', summary: 'Shop is down', levelLabel: 'Critical' };
    expect(reminderMessage(facts, '2026-12-07T09:30:00.000Z', '2026-12-07T09:35:00.000Z', 30, 'Europe/Berlin', EN)).toEqual({
      subject: 'Stakeholder update due on SEC-7: Shop is down',
      textBody:
        'The next stakeholder update on SEC-7 was due 5 min ago, at Mon 7 Dec 2026, 10:30 (Europe/Berlin).\n\nCritical incidents update their stakeholders every 30 min.\n\nWrite it in the Incident response panel, under "Stakeholder updates", or snooze this reminder there.',
    });
    expect(reminderMessage(facts, '2026-12-07T09:30:00.000Z', '2026-12-07T09:30:20.000Z', 120, 'UTC', EN).textBody).toMatch(
      /^The next stakeholder update on SEC-7 is due now, at Mon 7 Dec 2026, 09:30 \(UTC\)\.\n\nCritical incidents update their stakeholders every 2 h\./,
    );
  });
  it("the reminder is in the commander's language, its time in their words with the zone named", () => {
    const facts = { issueKey: 'SEC-7', summary: 'Shop is down', levelLabel: 'Critical' };
    expect(
      reminderMessage(facts, '2026-12-07T09:30:00.000Z', '2026-12-07T09:35:00.000Z', 30, 'Europe/Berlin', { locale: 'de-DE', t: wordsIn('de-DE') }),
    ).toEqual({
      subject: 'Update für Stakeholder fällig bei SEC-7: Shop is down',
      textBody:
        'Das nächste Update für Stakeholder bei SEC-7 war vor 5 min fällig, am Mo., 7. Dez. 2026, 10:30 (Europe/Berlin).\n\nBei Vorfällen der Stufe Critical erhalten die Stakeholder alle 30 min ein Update.\n\nSchreiben Sie es im Panel „Incident-Response“ unter „Updates für Stakeholder“, oder stellen Sie diese Erinnerung dort zurück.',
    });
    const noLevel = { ...facts, levelLabel: null };
    expect(
      reminderMessage(noLevel, '2026-12-07T09:30:00.000Z', '2026-12-07T09:30:20.000Z', 120, 'UTC', { locale: 'es-ES', t: wordsIn('es-ES') }).textBody,
    ).toMatch(
      /^La próxima actualización para las partes interesadas de SEC-7 vence ahora, el lun, 7 dic 2026, 09:30 \(UTC\)\.\n\nEn los incidentes de este nivel, las partes interesadas reciben una actualización cada 2 h\./,
    );
  });
});

describe('the settings', () => {
  const audience = (over: Partial<StakeholderAudience>): StakeholderAudience => ({
    name: 'Board',
    categories: 'every',
    levels: 'every',
    users: ['acc-morgan'],
    groups: [],
    ...over,
  });
  it.each([
    ['a good audience', audience({}), []],
    ['names nobody', audience({ users: [] }), [{ path: 'stakeholders.audiences.0.users', message: '"Board" names nobody: pick people or groups.' }]],
    [
      'no category ticked means none',
      audience({ categories: [] }),
      [{ path: 'stakeholders.audiences.0.categories', message: '"Board" is for no category: pick some, or every category.' }],
    ],
    [
      'no level ticked means none',
      audience({ levels: [] }),
      [{ path: 'stakeholders.audiences.0.levels', message: '"Board" is for no priority level: pick some, or every level.' }],
    ],
    [
      'an unknown category',
      audience({ categories: ['payroll'] }),
      [{ path: 'stakeholders.audiences.0.categories', message: '"Board" names category "payroll", which the taxonomy does not have: use one of "phishing".' }],
    ],
    [
      'an unknown level',
      audience({ levels: ['P1'] }),
      [{ path: 'stakeholders.audiences.0.levels', message: '"Board" names priority level "P1", which the matrix does not have: use one of "Critical".' }],
    ],
  ] as const)('%s', (_what, a, problems) => {
    expect(stakeholderSettingsProblems({ cadenceMinutes: { Critical: 30 }, audiences: [a] }, ['Critical'], ['phishing'])).toEqual(problems);
  });
  it('portal customers and apps are refused; unknown accounts stay', () => {
    const settings = { cadenceMinutes: {}, audiences: [audience({ users: ['acc-casey', 'acc-bot', 'acc-gone', 'acc-morgan'] })] };
    const accounts = {
      'acc-casey': { accountType: 'customer', displayName: 'Casey' },
      'acc-bot': { accountType: 'app', displayName: 'Bot' },
      'acc-morgan': { accountType: 'atlassian', displayName: 'Morgan' },
    };
    expect(stakeholderPeopleProblems(settings, accounts)).toEqual([
      {
        path: 'stakeholders.audiences.0.users',
        message: 'Casey is a portal customer, so cannot receive stakeholder updates (they are internal). Choose someone with a Jira licence.',
      },
      {
        path: 'stakeholders.audiences.0.users',
        message: 'Bot is not a person who works in Jira, so cannot receive stakeholder updates (they are internal). Choose someone with a Jira licence.',
      },
    ]);
  });
});
