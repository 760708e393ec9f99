/**
 * Given an admin on a site with no legal profile yet, in Chromium: the panel's prompt leads to the
 * settings' legal section, where the profile is a short questionnaire in words. Picking a preset,
 * then changing one answer (a country picked by name with the keyboard, and the NIS2 answer), and
 * saving keeps both after a reload; the stored profile holds the codes, the page shows none. The
 * questionnaire passes axe in dark mode, and its rules table says in words how each rule was checked.
 */
import { kvs } from '@forge/kvs';
import type { Frame, Page } from 'playwright-core';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import type { AppConfig } from '../../src/domain/config/app-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { appFrame, type BrowserSite, browserSuite, seriousViolations, signIn } from '../support/browser';
import { ALEX } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: ALEX }, (site, p) => {
  b = site;
  page = p;
});
beforeEach(async () => {
  await kvs.set(storageKeys.config(), defaultAppConfig());
});

async function legalSettings(): Promise<Frame> {
  await page.goto(`${b.url}/jira/settings/apps?section=legal`);
  const frame = await appFrame(page, 'incident-settings');
  await frame.waitForSelector('[data-testid="legal-profile"]');
  return frame;
}

const checked = (frame: Frame, question: string) =>
  frame.locator(`[data-testid="profile-${question}"] input[type="radio"]:checked`).evaluate((e) => (e.closest('label') as HTMLElement).innerText.trim());

describe('the legal profile questionnaire', () => {
  it('a preset, then one answer changed, saved and reloaded: kept, in words', async () => {
    const frame = await legalSettings();
    // Fresh install: every answer "Not sure", every question asked.
    expect(await checked(frame, 'nis2')).toBe('Not sure');

    await frame.click('[data-testid="profile-preset-de-nis2-important"]');
    expect(await checked(frame, 'nis2')).toBe('Yes, an important entity');
    expect(await frame.textContent('[data-testid="profile-memberStates"]')).toContain('Germany');
    expect(await frame.textContent('[data-testid="profile-operatesIn"]')).toContain('European Union / EEA');
    // Only the EU's questions (and the ones for everywhere) are asked: no US or Australian ones.
    expect(await frame.locator('[data-testid="profile-hipaa"]').count()).toBe(0);
    expect(await frame.textContent('[data-testid="profile-not-asked"]')).toContain('United States');

    // One answer changed: NIS2 essential; and a second EU country picked by name, with the keyboard.
    await frame.locator('[data-testid="profile-nis2"]').getByLabel('Yes, an essential entity').check();
    await frame.locator('[data-testid="profile-memberStates"] input').focus();
    await page.keyboard.type('Fran');
    await page.keyboard.press('Enter');
    expect(await frame.textContent('[data-testid="profile-memberStates"]')).toMatch(/Germany.*France/);

    await frame.click('[data-testid="settings-save"]');
    await frame.waitForFunction(() => document.querySelector('[data-testid="settings-version"]')?.textContent?.startsWith('Version 1'));
    const saved = (await kvs.get(storageKeys.config())) as AppConfig;
    expect(saved.legal.profile).toMatchObject({
      nis2: 'essential',
      memberStates: ['DE', 'FR'],
      operatesIn: ['EU'],
      establishedIn: ['EU'],
      euEstablished: 'yes',
      dora: 'none',
    });

    const again = await legalSettings();
    expect(await checked(again, 'nis2')).toBe('Yes, an essential entity');
    expect(await checked(again, 'dora')).toBe('No');
    expect(await again.textContent('[data-testid="profile-memberStates"]')).toMatch(/Germany.*France/);
    const text = (await again.locator('[data-testid="legal-profile"]').innerText()) + (await again.locator('[data-testid="legal-rules"]').innerText());
    // Words, not codes: no two-letter codes, no option values, no P/S/S1.
    expect(text).not.toMatch(/\b(DE|FR|credit-institution|ccp|covered-entity|business-associate|other-financial-entity)\b/);
    expect(await again.textContent('[data-testid="verification-legend"]')).toContain('Checked against the primary text');
    expect(await again.locator('[data-testid="legal-rules"] td.muted', { hasText: /^(P|S|S1)$/ }).count()).toBe(0);
  });

  it('reads well in dark mode, with nothing serious for axe', async () => {
    await signIn(b, ALEX, 'dark');
    const frame = await legalSettings();
    await frame.click('[data-testid="profile-preset-us-public-company"]');
    expect(await frame.locator('[data-testid="profile-hipaa"]').count()).toBe(1);
    expect(await seriousViolations(frame)).toEqual([]);
  });
});
