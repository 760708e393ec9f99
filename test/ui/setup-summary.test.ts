/** What the settings page says is on after a save, and how much of each scope list is chosen. */
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { notSetUpConfig } from '../../src/domain/config/app-config-schema';
import { IntlMessageFormat } from 'intl-messageformat';
import deMessages from '../../locales/de-DE.json';
import messages from '../../locales/en-US.json';
import { translator } from '../../static/common/i18n/translate';
import { coverage, whatIsOn } from '../../static/admin/src/setup-summary';

/** The settings page's `t` in English, from the shipped messages. */
const t = translator({ locale: 'en-US', messages }, { locale: 'en-US', messages }, IntlMessageFormat);

const site = {
  projects: [
    { key: 'SEC', name: 'Security Incidents' },
    { key: 'HELP', name: 'IT Help Desk' },
  ],
  issueTypes: [
    { id: '10003', name: 'Incident' },
    { id: '10005', name: 'Service request' },
  ],
  requestTypes: [
    { id: '11', name: 'Report something that seems off', projectKey: 'SEC', projectName: 'Security Incidents', issueTypeId: '10003', hiddenFromPortal: false },
    { id: '12', name: 'Request a new laptop', projectKey: 'HELP', projectName: 'IT Help Desk', issueTypeId: '10005', hiddenFromPortal: false },
  ],
};

const config = (change: (c: ReturnType<typeof defaultAppConfig>) => void) => {
  const c = defaultAppConfig();
  change(c);
  return c;
};

describe('what the settings now do, in words', () => {
  it.each([
    [
      "the assistant's choice",
      config((c) => {
        c.scope = { projectKeys: ['SEC'], issueTypeIds: ['10003'], allProjects: false, allIssueTypes: false, setUp: true };
        c.intake = { ...c.intake, requestTypeIds: ['11'], allRequestTypes: false };
      }),
      'Reports now come in through \u2018Report something that seems off\u2019 on the Security Incidents portal; incidents are issues of type Incident in SEC.',
    ],
    ['a fresh install', notSetUpConfig(), 'Incident response is off: the app does nothing on any issue until you turn it on under Incident scope.'],
    [
      'on, with no issue type ticked',
      config((c) => {
        c.scope = { projectKeys: ['SEC'], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: true };
        c.intake = { ...c.intake, requestTypeIds: [], allRequestTypes: false };
      }),
      'No portal request type asks the incident questions; no issue type is ticked, so no new issue becomes an incident.',
    ],
    ['everything, chosen', defaultAppConfig(), 'The incident questions show on every portal request type; incidents are issues of any type in every project.'],
  ])('%s', (_name, c, words) => {
    expect(whatIsOn(c, site, t, 'en-US')).toBe(words);
  });

  it('reads no id when the site has no portal', () => {
    const c = config((x) => {
      x.scope = { projectKeys: ['SEC', 'HELP'], issueTypeIds: ['10003', '10005'], allProjects: false, allIssueTypes: false, setUp: true };
    });
    expect(whatIsOn(c, { ...site, requestTypes: null }, t, 'en-US')).toBe(
      'Reports come in as issues of the incident projects; incidents are issues of type Incident and Service request in SEC and HELP.',
    );
  });

  it.each([
    [2, 5, false, '2 of 5 request types'],
    [0, 5, false, 'no request type yet'],
    [1, 1, false, '1 of 1 request type'],
    [0, 5, true, 'all request types, also those added later'],
  ])('coverage %i of %i (all: %s) -> %s', (chosen, total, all, words) => {
    expect(coverage(chosen, total, all, 'requestType', t)).toBe(words);
  });
});

describe('what the settings now do, in German', () => {
  const de = translator({ locale: 'de-DE', messages: deMessages }, { locale: 'en-US', messages }, IntlMessageFormat);
  it('names the request types and lists in German, with German quotes', () => {
    const c = config((x) => {
      x.scope = { projectKeys: ['SEC', 'HELP'], issueTypeIds: ['10003'], allProjects: false, allIssueTypes: false, setUp: true };
      x.intake = { ...x.intake, requestTypeIds: ['11'], allRequestTypes: false };
    });
    expect(whatIsOn(c, site, de, 'de-DE')).toBe(
      'Meldungen gehen jetzt über \u201eReport something that seems off\u201c im Portal Security Incidents ein; Vorfälle sind Vorgänge vom Typ Incident in SEC und HELP.',
    );
    expect(coverage(1, 9, false, 'requestType', de)).toBe('1 von 9 Anfragetypen');
  });
});
