import { readersMayOpen } from '../../../src/domain/postmortem/readers-may-open';

describe('what a published report may say about another issue, for everyone who reads it', () => {
  it.each([
    ['open incident, open issue in its project', { projectId: '10000', securityLevelId: null }, { projectId: '10000', securityLevelId: null }, 'open'],
    [
      'open incident, restricted issue in its project',
      { projectId: '10000', securityLevelId: null },
      { projectId: '10000', securityLevelId: '10100' },
      'closed',
    ],
    [
      'restricted incident, issue at the same level',
      { projectId: '10000', securityLevelId: '10100' },
      { projectId: '10000', securityLevelId: '10100' },
      'open',
    ],
    ['restricted incident, open issue in its project', { projectId: '10000', securityLevelId: '10100' }, { projectId: '10000', securityLevelId: null }, 'open'],
    [
      'restricted incident, issue at another level',
      { projectId: '10000', securityLevelId: '10100' },
      { projectId: '10000', securityLevelId: '10101' },
      'closed',
    ],
    ['open incident, open issue in another project', { projectId: '10000', securityLevelId: null }, { projectId: '10002', securityLevelId: null }, 'key-only'],
    [
      'open incident, restricted issue in another project',
      { projectId: '10000', securityLevelId: null },
      { projectId: '10002', securityLevelId: '10100' },
      'closed',
    ],
    ['incident whose project Jira did not say', { projectId: null, securityLevelId: null }, { projectId: '10000', securityLevelId: null }, 'key-only'],
    ['an issue the publisher cannot open (or gone)', { projectId: '10000', securityLevelId: null }, undefined, 'closed'],
  ] as const)('%s: %s', (_name, incident, other, expected) => {
    expect(readersMayOpen(incident, other)).toBe(expected);
  });
});
