/**
 * Given a phishing incident on the local site in Chromium, when a responder assigns a commander
 * with the user picker, ticks runbook steps, adds a backfilled timeline entry, verifies the chain
 * and exports it, then each shows in the panel, lands in the chained timeline, and the download
 * carries the verification.
 */
import { readFile } from 'node:fs/promises';
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { chooseOption } from '../support/atlaskit-select';
import { appFrame, type BrowserSite, browserSuite, openPanelSections } from '../support/browser';
import { invokePanel, RILEY, SAM } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: RILEY }, (site, p) => {
  b = site;
  page = p;
});

describe('response workspace in the incident panel', () => {
  it('assign a commander, tick runbook steps, add a backfilled entry, verify, export', async () => {
    const issue = b.site.issues.create({ projectId: '10000', summary: 'Fake Microsoft login page in a mail', reporter: RILEY }, RILEY, false, { silent: true });
    await invokePanel(b.site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing', reason: 'Credential phishing' });
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'response');
    await frame.waitForSelector('[data-testid="response-workspace"]');
    expect(await frame.textContent('[data-testid="response-runbook"]')).toContain('Runbook: Phishing (0 of 7 done)');

    // The user picker lists people who can see the issue, found as the viewer.
    await frame.click('[data-testid="role-edit-commander"]');
    await frame.getByRole('combobox', { name: 'Choose the incident commander' }).fill('Sam');
    await frame.getByText('Sam Second-Responder', { exact: true }).click();
    await frame.waitForSelector('[data-testid="role-commander"] >> text=Sam Second-Responder');

    // The picker shows the choice while it saves; a responder ticking a step meanwhile must not be told
    // their own role change was "changed elsewhere" (the panel's saves queue and follow its own revisions).
    // The box follows the saved state (it changes when the server answers), so click rather than check.
    await frame.click('[data-testid="runbook-step-ph-1--checkbox-label"]');
    await frame.waitForSelector('[data-testid="response-runbook"] >> text=1 of 7 done');
    expect(await frame.textContent('[data-testid="response-workspace"]')).not.toContain('Changed elsewhere');
    await frame.click('[data-testid="runbook-step-ph-3--checkbox-label"]');
    await frame.waitForSelector('[data-testid="response-runbook"] >> text=2 of 7 done');

    await chooseOption(frame, 'timeline-kind', 'Communication');
    await frame.fill('[data-testid="timeline-text"]', 'Told the service desk to expect calls');
    await frame.check('[data-testid="timeline-backfill--hidden-checkbox"]');
    const happened = new Date(Date.now() - 2 * 3_600_000);
    // The panel speaks the viewer's profile zone (Riley: Europe/Berlin).
    const local = happened.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).replace(' ', 'T').slice(0, 16);
    await frame.fill('[data-testid="timeline-happened-at"]', local);
    await frame.click('[data-testid="timeline-add-button"]');
    await frame.waitForSelector('[data-testid="timeline-entry-4"] >> text=Told the service desk to expect calls');
    expect(await frame.textContent('[data-testid="timeline-entry-4"]')).toContain('recorded');
    // Words for people: the role's new holder by name, the entry's kind as a word.
    await frame.waitForSelector('[data-testid="timeline-entry-1"] >> text=Incident commander assigned: Sam Second-Responder');
    expect(await frame.textContent('[data-testid="timeline-entry-1"]')).toContain('Role');

    await frame.click('[data-testid="timeline-verify"]');
    await frame.waitForSelector('[data-testid="timeline-verification"]');
    expect(await frame.textContent('[data-testid="timeline-verification"]')).toContain('Intact: all 4 entries');

    const [download] = await Promise.all([page.waitForEvent('download'), frame.click('[data-testid="timeline-export-md"]')]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${issue.key}-timeline-.*\\.md$`));
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('Integrity: Intact: all 4 entries');
    expect(markdown).toContain('| Communication | Riley Responder | Told the service desk to expect calls |');

    const record = (await kvs.get(storageKeys.incident(issue.id))) as IncidentRecord;
    expect(record.response!.roles.commander).toMatchObject({ accountId: SAM, by: RILEY });
    expect(Object.values(record.response!.ticks).filter((t) => t.done)).toHaveLength(2);
  }, 60_000);
});
