/**
 * Given a responder writing a postmortem section in the incident panel in Chromium, when a colleague
 * saves the same section meanwhile, then the responder's save is refused with the colleague's name
 * in words, their own text stays in the editor, and the colleague's text is what is stored.
 */
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { appFrame, type BrowserSite, browserSuite, openPanelSections } from '../support/browser';
import { invokePanel, RILEY, SAM } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: RILEY }, (site, p) => {
  b = site;
  page = p;
});

describe('a postmortem section two people write at once', () => {
  it("refuses the later save over a colleague's text, says who, and keeps what was typed", async () => {
    const issue = b.site.issues.create({ projectId: '10000', summary: 'Website flooded for two hours', reporter: RILEY }, RILEY, false, { silent: true });
    await invokePanel(b.site, issue, 'incident/update', {
      expectedRevision: 0,
      category: 'denial-of-service',
      impact: 'high',
      urgency: 'high',
      reason: 'Shop down',
    });
    await b.site.events.drain();
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'reports');
    await frame.click('[data-testid="report-generate"]');
    await frame.waitForSelector('[data-testid="report-preview"] >> text=Root cause (five whys)');
    await frame.click('[data-testid="report-edit-root-cause"]');
    await frame.fill('[data-testid="report-text-root-cause"]', 'Riley: the rate limiter was off.');

    // Sam saves the same section from his panel while Riley is still writing.
    const sam = await invokePanel(
      b.site,
      issue,
      'postmortem/save-section',
      { kind: 'postmortem', sectionId: 'root-cause', text: 'Sam: the CDN rule expired.', expectedRevision: 0 },
      SAM,
    );
    expect(sam.result).toMatchObject({ ok: true });

    await frame.click('[data-testid="report-save-root-cause"]');
    const error = await frame.waitForSelector('[data-testid="report-section-root-cause"] >> text=while you were writing', { timeout: 10_000 });
    expect(await error.textContent()).toContain('Sam Second-Responder saved "Root cause (five whys)" while you were writing');
    expect(await frame.inputValue('[data-testid="report-text-root-cause"]')).toBe('Riley: the rate limiter was off.');
    expect(await kvs.get(storageKeys.reportSection(issue.id, 'postmortem', 'root-cause'))).toMatchObject({ text: 'Sam: the CDN rule expired.', by: SAM });
  });
});
