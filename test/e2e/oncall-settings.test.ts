/**
 * Given an admin on the settings page in Chromium, when they add a rota with people picked by name
 * and save, then the page says who is on call now, in names and the rota's local time; when they
 * add an alert source, save and generate its secret, the secret is shown once and afterwards the
 * page only says that one is set.
 */
import type { Frame, Page } from 'playwright-core';
import { onCallAt, type Rota } from '../../src/domain/oncall/rota';
import { appFrame, type BrowserSite, browserSuite, seriousViolations } from '../support/browser';
import { ALEX, RILEY, SAM } from '../support/test-site';
import { chooseOption } from '../support/atlaskit-select';

let b: BrowserSite;
let page: Page;
// The demo site (busy, set up): it already has the "Security on call" rota and the Prometheus source.
browserSuite({ user: ALEX }, (site, p) => {
  b = site;
  page = p;
});

const NAMES: Record<string, string> = { [RILEY]: 'Riley Responder', [SAM]: 'Sam Second-Responder', 'acc-ana-oncall': 'Ana Novak' };

async function settingsFrame(section: string): Promise<Frame> {
  await page.goto(`${b.url}/jira/settings/apps`);
  const frame = await appFrame(page, 'incident-settings');
  await frame.waitForSelector('[data-testid="checklist"]');
  await frame.click(`[data-testid="nav-${section}"]`);
  return frame;
}

async function pick(frame: Frame, picker: string, name: string) {
  await frame.locator(`[data-testid="${picker}"] input`).fill(name.split(' ')[0]!);
  await frame.locator(`[data-testid="${picker}"]`).getByText(name, { exact: true }).click();
}

const saved = (frame: Frame) =>
  frame.waitForFunction(() => /^Version \d+ · saved/.test(document.querySelector('[data-testid="settings-version"]')?.textContent ?? ''));

/** The Monday four weeks before the site's clock, so the rota has begun. */
function aMondayBefore(now: number): string {
  const d = new Date(now - 28 * 86_400_000);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

describe('the on-call settings', () => {
  it('shows the demo rota, adds another with people picked by name, saves it, and says who is on call in words', async () => {
    const frame = await settingsFrame('oncall');
    // The demo site's own rota, as seeded: already saved, so previewed.
    await frame.waitForSelector('[data-testid="rota-0-preview-now"]');
    await frame.click('[data-testid="rota-add"]');
    await frame.fill('[data-testid="rota-1-edit-name"]', 'Platform on call');
    await chooseOption(frame, 'rota-1-edit-zone', 'Europe/Berlin');
    const startsOn = aMondayBefore(b.site.clock.now());
    await frame.fill('[data-testid="rota-1-edit-starts-on"]', startsOn);
    await pick(frame, 'rota-1-edit-primary', 'Riley Responder');
    await pick(frame, 'rota-1-edit-primary', 'Sam Second-Responder');
    await pick(frame, 'rota-1-edit-secondary', 'Ana Novak');
    await chooseOption(frame, 'rota-default', 'Platform on call');
    expect(await frame.textContent('[data-testid="rota-1-preview-pending"]')).toBe('Save to see who is on call now and the next hand-offs.');
    await frame.click('[data-testid="settings-save"]');
    await saved(frame);

    const stored = (b.site.state.kvs['config:app']!.value as { oncall: { rotas: Rota[]; defaultRotaId: string } }).oncall;
    expect(stored.rotas[1]).toMatchObject({ name: 'Platform on call', zone: 'Europe/Berlin', primary: [RILEY, SAM], secondary: ['acc-ana-oncall'], startsOn });
    expect(stored.defaultRotaId).toBe(stored.rotas[1]!.id);

    const now = onCallAt(stored.rotas[1]!, b.site.clock.now());
    const sentence = frame.locator('[data-testid="rota-1-preview-now"]');
    await frame.waitForFunction(() => !document.querySelector('[data-testid="rota-1-preview-now"]')?.textContent?.includes('someone'));
    expect(await sentence.textContent()).toMatch(
      new RegExp(`^On call now: ${NAMES[now.primary!]} \\(primary\\) and Ana Novak \\(secondary\\), until Monday \\d{1,2} [A-Z][a-z]+, 09:00\\.$`),
    );
    expect(await frame.textContent('[data-testid="rota-1-preview"]')).toContain('Next hand-offs, Berlin time (Europe/Berlin):');
    expect(await seriousViolations(frame)).toEqual([]);
  }, 60_000);

  it('adds an alert source, generates its secret and shows it only once', async () => {
    const frame = await settingsFrame('alerts');
    await frame.click('[data-testid="source-add"]');
    await frame.fill('[data-testid="source-1-edit-name"]', 'Prometheus (staging)');
    await frame.fill('[data-testid="source-1-edit-id"]', 'prometheus-staging');
    await frame.click('[data-testid="settings-save"]');
    await saved(frame);

    await frame.waitForSelector('[data-testid="source-1-secret-state"]');
    expect(await frame.textContent('[data-testid="source-1-secret-state"]')).toBe("No secret yet: the monitor's requests are refused until you generate one.");
    await frame.click('[data-testid="source-1-secret-generate"]');
    await frame.waitForSelector('[data-testid="source-1-secret-shown"]');
    expect(await frame.textContent('[data-testid="source-1-secret-shown"]')).toContain("The secret, shown once; store it in your monitor's configuration.");
    const secret = await frame.inputValue('[data-testid="source-1-secret-value"]');
    expect(b.site.state.kvsSecrets['alert-secret:prometheus-staging']?.value).toBe(secret);
    expect(await seriousViolations(frame)).toEqual([]);

    const again = await settingsFrame('alerts');
    await again.waitForSelector('[data-testid="source-1-secret-state"]');
    expect(await again.textContent('[data-testid="source-1-secret-state"]')).toBe('A secret is set.');
    expect(await again.locator('[data-testid="source-1-secret-shown"]').count()).toBe(0);
    expect(await again.evaluate(() => document.body.innerText)).not.toContain(secret);
    await again.click('[data-testid="source-1-secret-rotate"]');
    await again.click('[data-testid="source-1-secret-confirm"]');
    await again.waitForSelector('[data-testid="source-1-secret-shown"]');
    const rotated = await again.inputValue('[data-testid="source-1-secret-value"]');
    expect(rotated).not.toBe(secret);
    expect(b.site.state.kvsSecrets['alert-secret:prometheus-staging']?.value).toBe(rotated);
    // The demo's source keeps its own secret.
    expect(await again.textContent('[data-testid="source-0-secret-state"]')).toBe('A secret is set.');
    expect(b.site.state.kvsSecrets['alert-secret:prometheus']?.value).toBe('local-alert-token');
  }, 60_000);
});
