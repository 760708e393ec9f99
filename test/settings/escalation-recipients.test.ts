/**
 * Escalations go to people who work in Jira (issue 29, item 9). Given the local Jira site, when an
 * admin's save (through the resolver, not the picker, which already leaves them out) names a portal
 * customer as an escalation recipient, then the save is refused with the field and the person in
 * words, and nothing is stored; people with a Jira licence are saved as before.
 */
import type { Site } from '../../sandbox/site';
import type { defaultAppConfig } from '../../src/domain/config/default-config';
import { ALEX, CASEY, createTestSite, MORGAN, SAM } from '../support/test-site';
import { invokeSettings } from './settings-support';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const JORDAN = 'acc-jordan-employee';
const CUSTOMER = (name: string) => `${name} is a portal customer, so cannot receive escalations. Choose someone with a Jira licence.`;
const loadedVersion = async () =>
  (await invokeSettings(site, 'settings/get', {}, ALEX)) as { ok: true; data: { version: number; config: ReturnType<typeof defaultAppConfig> } };

describe('escalation recipients', () => {
  it('the site settings refuse portal customers in every escalation path, per field, and store nothing', async () => {
    const { version: before, config } = (await loadedVersion()).data;
    const level = Object.keys(config.sla.policies)[0]!;
    config.sla.escalation.default.breach.users = [MORGAN, CASEY];
    config.sla.escalation.byLevel[level] = {
      warning: { assignee: true, reporter: false, watchers: false, users: [JORDAN], groups: [] },
      breach: { assignee: true, reporter: false, watchers: false, users: [SAM], groups: [] },
    };
    config.legal.escalation.recipients.users = [CASEY];
    const res = await invokeSettings(site, 'settings/save', { config, baseVersion: before }, ALEX);
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: `The settings have 3 problems; nothing was saved. ${CUSTOMER('Casey Customer')}`,
        fields: {
          'sla.escalation.default.breach.users': CUSTOMER('Casey Customer'),
          [`sla.escalation.byLevel.${level}.warning.users`]: CUSTOMER('Jordan Employee'),
          'legal.escalation.recipients.users': CUSTOMER('Casey Customer'),
        },
      },
    });
    expect((await loadedVersion()).data.version).toBe(before);
    // Licensed people only: saved.
    config.sla.escalation.byLevel[level]!.warning.users = [MORGAN];
    config.sla.escalation.default.breach.users = [MORGAN];
    config.legal.escalation.recipients.users = [SAM];
    expect(await invokeSettings(site, 'settings/save', { config, baseVersion: before }, ALEX)).toMatchObject({ ok: true, data: { version: before + 1 } });
  });

  it("a project's own escalation path refuses them too", async () => {
    const version = (await loadedVersion()).data.version;
    const recipients = (users: string[]) => ({ assignee: true, reporter: false, watchers: false, users, groups: [] });
    const override = { calendarId: null, escalation: { warning: recipients([CASEY]), breach: recipients([MORGAN]) }, contacts: [] };
    expect(await invokeSettings(site, 'project-settings/save', { override, baseVersion: version }, ALEX, 'SEC')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { 'projects.SEC.escalation.warning.users': CUSTOMER('Casey Customer') } },
    });
    expect((await loadedVersion()).data.version).toBe(version);
  });
});
