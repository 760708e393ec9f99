import { authorBudgetSpent, authorStanding, recordCeiling, recordFullMessage, timelineRoomRefusal } from '../../../src/domain/incident/author-budget';

const AT = '2026-11-20T10:00:00.000Z';
const program = { ownerAccountId: 'owner', responderAccountIds: ['resp'] };

describe('authorStanding: who counts as one of the incident responders', () => {
  it.each([
    ['the program owner', 'owner', {}, 'responder'],
    ['a responder in the settings', 'resp', {}, 'responder'],
    ['the commander, given the role by someone else', 'cmd', { commander: { accountId: 'cmd', by: 'resp', at: AT } }, 'responder'],
    ['the scribe, given the role by someone else', 'cmd', { scribe: { accountId: 'cmd', by: 'x', at: AT } }, 'responder'],
    ['someone who made themselves commander', 'self', { commander: { accountId: 'self', by: 'self', at: AT } }, 'other'],
    ['someone whose role was cleared', 'gone', { commander: { accountId: null, by: 'resp', at: AT } }, 'other'],
    ['any other editor', 'editor', {}, 'other'],
  ] as const)('%s', (_, accountId, roles, expected) => {
    expect(authorStanding(accountId, roles, program)).toBe(expected);
  });
});

describe('record ceilings and timeline room', () => {
  it.each([
    ['other', false, 122_880],
    ['other', true, 122_880],
    ['responder', false, 163_840],
    ['responder', true, 204_800],
  ] as const)('%s, legal %s: up to %i bytes', (standing, legal, bytes) => {
    expect(recordCeiling(standing, legal)).toBe(bytes);
  });

  it.each([
    ['other', 3_999, null],
    [
      'other',
      4_000,
      "This timeline holds 4,000 entries; the room left is kept for the incident's responders. Ask the incident commander to give you a role if you need to add more.",
    ],
    ['responder', 4_999, null],
  ] as const)('%s at %i entries', (standing, entries, expected) => {
    expect(timelineRoomRefusal(standing, entries)).toBe(expected);
  });

  it('says in words what was refused and what to do', () => {
    expect(authorBudgetSpent('other')).toBe(
      'You have added 100 entries to this incident, the most someone without a role on it may add. Ask the incident commander to give you a role, or put long logs in an attachment and note where they are.',
    );
    expect(authorBudgetSpent('responder')).toBe(
      'You have added 2,000 entries to this incident, the most one person may add. Put long logs in an attachment and note where they are in the issue.',
    );
    expect(recordFullMessage('other', false, 130_000)).toBe(
      "This incident's record is full for this change (127 KiB of 120 KiB; the rest of its 200 KiB is kept for the incident's responders and their legal facts): shorten the text, or keep long material as evidence outside Jira and record its SHA-256.",
    );
    expect(recordFullMessage('responder', true, 210_000)).toBe(
      "This incident's record is full (206 KiB of 200 KiB): shorten the text, or keep long material as evidence outside Jira and record its SHA-256.",
    );
  });
});
