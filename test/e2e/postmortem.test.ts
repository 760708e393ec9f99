/**
 * Given a Critical incident on the local site in Chromium, when a responder resolves it, generates
 * the postmortem, writes the root cause, publishes to Confluence, publishes again and creates two
 * action items, then one Confluence page exists at version 2 with the new text, and two linked
 * follow-up issues show with their status.
 */
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { appFrame, type BrowserSite, browserSuite, openPanelSections } from '../support/browser';
import { invokePanel, RILEY } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: RILEY }, (site, p) => {
  b = site;
  page = p;
});

describe('postmortem in the incident panel', () => {
  it('resolve a Critical incident, generate, write the root cause, publish twice to one Confluence page, create two linked follow-ups', async () => {
    const config = defaultAppConfig();
    await kvs.set(storageKeys.config(), { ...config, postmortem: { ...config.postmortem, confluenceSpaceKey: 'IR' } });
    const issue = b.site.issues.create({ projectId: '10000', summary: 'Website flooded for two hours', reporter: RILEY }, RILEY, false, { silent: true });
    await invokePanel(b.site, issue, 'incident/update', {
      expectedRevision: 0,
      category: 'denial-of-service',
      impact: 'high',
      urgency: 'high',
      reason: 'Shop down',
    });
    b.site.issues.edit(issue, { status: 'Resolved' }, RILEY, false);
    await b.site.events.drain();

    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'reports');
    await frame.waitForSelector('[data-testid="postmortem-section"] >> text=Postmortem due');
    await frame.click('[data-testid="report-generate"]');
    await frame.waitForSelector('[data-testid="report-preview"] >> text=Root cause (five whys)');

    // Write opens the editor with the cursor in it: typing goes straight in.
    await frame.click('[data-testid="report-edit-root-cause"]');
    await frame.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'report-text-root-cause');
    await page.keyboard.type('Why? The rate limiter');
    expect(await frame.inputValue('[data-testid="report-text-root-cause"]')).toBe('Why? The rate limiter');
    await frame.fill('[data-testid="report-text-root-cause"]', 'Why? The rate limiter was off after a migration.');
    await frame.click('[data-testid="report-save-root-cause"]');
    await frame.waitForSelector('[data-testid="report-written-root-cause"] >> text=The rate limiter was off');

    // Other sections are still to be written: Publish says which, once, before it sends them.
    await frame.click('[data-testid="report-publish"]');
    const warning = await frame.textContent('[data-testid="report-unwritten"]');
    expect(warning).toMatch(/^\d+ sections are still to be written: .+\. They are published as "To be written" with their prompts\.$/);
    expect(warning).not.toContain('Root cause (five whys)');
    expect(Object.values(b.site.state.confluence!.pages)).toHaveLength(0);
    await frame.click('[data-testid="report-publish"]');
    await frame.waitForSelector('[data-testid="report-publication"] >> text=version 1');
    const pages = () => Object.values(b.site.state.confluence!.pages);
    expect(pages()).toHaveLength(1);
    await frame.waitForSelector('[data-testid="postmortem-section"] >> text=Postmortem published');

    await frame.click('[data-testid="report-edit-root-cause"]');
    await frame.fill('[data-testid="report-text-root-cause"]', 'Why? The rate limiter was off after the May migration, and nothing alerted on it.');
    await frame.click('[data-testid="report-save-root-cause"]');
    await frame.waitForSelector('[data-testid="report-written-root-cause"] >> text=nothing alerted');
    await frame.click('[data-testid="report-publish"]');
    await frame.click('[data-testid="report-publish"]');
    await frame.waitForSelector('[data-testid="report-publication"] >> text=version 2');
    expect(pages()).toHaveLength(1);
    expect(pages()[0]!.version.number).toBe(2);

    for (const summary of ['Alert when the rate limiter is off', 'Add the rate limiter to the migration checklist']) {
      await frame.fill('[data-testid="follow-up-summary"]', summary);
      await frame.click('[data-testid="follow-up-add"]');
      await frame.waitForSelector(`[data-testid="report-follow-ups"] >> text=${summary}`);
    }
    expect(await frame.locator('[data-testid="report-follow-up"]').count()).toBe(2);
    expect(b.site.state.issueLinks!.filter((l) => l.inwardIssueId === issue.id && l.type === 'Relates')).toHaveLength(2);

    // A reload keeps the generated report in view (the section reopens and asks for it again).
    await page.reload();
    const reloaded = await appFrame(page, 'incident-panel');
    await reloaded.waitForSelector('[data-testid="report-written-root-cause"] >> text=nothing alerted');
    // ... without the browser's storage knowing which incident was read (shared computers): only the open sections' names.
    const stored = await reloaded.evaluate(() => JSON.stringify([Object.entries(window.localStorage), Object.entries(window.sessionStorage)]));
    expect(stored).toContain('open-sections');
    expect(stored).not.toMatch(/[A-Z][A-Z0-9]+-\d+|rate limiter/i);

    // The published page reads as a page on the site, with the newest root cause.
    const page2 = pages()[0]!;
    await page.goto(`${b.url}/wiki/spaces/IR/pages/${page2.id}`);
    const article = page.locator('[data-testid="confluence-page"]');
    expect(await article.getAttribute('data-version')).toBe('2');
    expect(await article.textContent()).toContain('nothing alerted on it');

    // The statistics gadget counts postmortems overdue since before today (UTC), from its sums:
    // the same as the indexed mirrors say.
    const today = new Date(b.site.clock.now()).toISOString().slice(0, 10);
    const expected = b.site.issues.all().filter((i) => {
      const m = i.properties[INCIDENT_PROPERTY_KEY] as { postmortem?: string; postmortemDue?: string | null; exercise?: string } | undefined;
      return m?.postmortem === 'due' && m.exercise !== 'true' && !!m.postmortemDue && m.postmortemDue.slice(0, 10) < today;
    }).length;
    await page.goto(`${b.url}/jira/dashboards/10000`);
    const gadget = await appFrame(page, 'incident-statistics');
    await gadget.waitForSelector('[data-testid="overdue-postmortems-count"]');
    expect(Number(await gadget.textContent('[data-testid="overdue-postmortems-count"]'))).toBe(expected);
  });
});
