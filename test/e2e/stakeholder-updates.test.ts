/**
 * Given Leadership (Morgan and the incident-responders group) as the stakeholders of Critical
 * incidents and a Critical incident Sam commands, when Sam opens "Stakeholder updates" in the panel,
 * then it says when the next update is due in words with the zone named and who gets it by name;
 * Sam writes the update with the keyboard, the preview shows exactly the email, and once sent the
 * update is listed and in the outbox. Nothing in the section shows an id or an ISO timestamp, and
 * axe finds no serious violation.
 */
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import type { AppConfig } from '../../src/domain/config/app-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { appFrame, type BrowserSite, browserSuite, openPanelSections, seriousViolations } from '../support/browser';
import { chooseOption } from '../support/atlaskit-select';
import { MORGAN, SAM } from '../support/test-site';
import { confirmedIncident, CRITICAL } from '../oncall-paging/paging-support';

let b: BrowserSite;
let page: Page;
browserSuite({ user: SAM }, (site, p) => {
  b = site;
  page = p;
});

describe('stakeholder updates in the incident panel', () => {
  it('Sam sees when the next update is due and who gets it, writes it with the keyboard, previews it and sends it', async () => {
    const config = (await kvs.get<AppConfig>(storageKeys.config()))!;
    config.stakeholders.audiences = [{ name: 'Leadership', categories: 'every', levels: ['Critical'], users: [MORGAN], groups: ['incident-responders'] }];
    await kvs.set(storageKeys.config(), config);
    const issue = await confirmedIncident(b.site, CRITICAL);

    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await frame.waitForSelector('[data-testid="incident-summary"]');
    await openPanelSections(frame, 'stakeholders');
    await frame.waitForSelector('[data-testid="stakeholder-update-due"]');
    expect(await frame.textContent('[data-testid="stakeholder-update-due"]')).toMatch(
      /^Next update due in (29|30) min, by \w{3} \d+ \w{3} \d{4}, \d\d:\d\d \([\w/ ]+\)\.$/,
    );
    await frame.waitForFunction(() => document.querySelector('[data-testid="stakeholder-recipients"]')?.textContent?.includes('Morgan'));
    expect(await frame.textContent('[data-testid="stakeholder-recipients"]')).toMatch(
      /^Goes by Jira notification to Morgan [\w-]+, the group incident-responders; never to the reporter\.$/,
    );

    await chooseOption(frame, 'stakeholder-update-status', 'Cause identified');
    await frame.getByTestId('stakeholder-update-known').fill('The database disk filled up overnight.');
    await frame.getByTestId('stakeholder-update-doing').fill('Moving the logs to another disk.');
    const preview = frame.getByTestId('stakeholder-update-preview');
    await frame.waitForFunction(() => document.querySelector('[data-testid="stakeholder-update-preview"]')?.textContent?.includes('Moving the logs'));
    expect(await preview.textContent()).toContain(`Update on ${issue.key} (Critical): Cause identified - Database is offline`);
    expect(await preview.textContent()).toContain('What we need from you:Nothing at the moment.');
    expect(await seriousViolations(frame)).toEqual([]);

    const send = frame.getByRole('button', { name: 'Send the update' });
    await send.focus();
    await page.keyboard.press('Enter');
    await frame.getByTestId('stakeholder-update-sent').waitFor();
    await frame.waitForFunction(() => document.querySelector('[data-testid="stakeholder-past-updates"]')?.textContent?.includes('Cause identified: sent'));
    const section = (await frame.textContent('[data-testid="stakeholder-updates"]')) ?? '';
    expect(section).toMatch(/Cause identified: sent \w{3} \d+ \w{3} \d{4}, \d\d:\d\d \([\w/ ]+\) by Sam Second-Responder to 1 person and 1 group/);
    expect(section).not.toMatch(/acc-|\d{4}-\d{2}-\d{2}T/);
    const sent = b.site.state.outbox.filter((m) => m.issueKey === issue.key && m.subject.startsWith('Update on'));
    expect(sent.map((m) => m.sentBy)).toEqual([SAM]);
    expect(sent[0]!.recipients).toContain(MORGAN);
  });
});
