/**
 * The statistics gadget on the local site's dashboard: a gadget without a configuration (as it is
 * right after being added), configured in edit mode, then the charts, the incidents table, and
 * the CSV export. A worklog added through Jira shows in the hours (through the worklog trigger).
 */
import { readFileSync } from 'node:fs';
import { kvs } from '@forge/kvs';
import type { AppConfig } from '../../src/domain/config/app-config';
import { DEFAULT_CONFIG } from '../../src/shared/gadget-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { Page } from 'playwright-core';
import { appFrame, browserSuite, signIn, type BrowserSite } from '../support/browser';
import { CASEY, MORGAN, OSCAR, RILEY } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: MORGAN, incidents: 120 }, (site, p) => {
  b = site;
  page = p;
});

describe('statistics gadget', () => {
  it('configure in edit mode, see charts and the incidents table, log work and see it counted, export CSV', async () => {
    delete b.site.state.gadgetConfigs['20001'];
    await page.goto(`${b.url}/jira/dashboards/10000?edit=20001`);
    const editor = await appFrame(page, 'incident-statistics');
    await editor.waitForSelector('text=Security Incidents (SEC)');
    // Only SEC, the last 365 days by month, with exercises.
    await editor.click('text=IT Operations (OPS)');
    await editor.waitForFunction(() => !(document.querySelector('input[value="OPS"]') as HTMLInputElement).checked);
    await editor.click('text=Last 365 days');
    await editor.click('text=By month');
    await editor.click('text=Include exercises (tabletops and drills)');
    await editor.click("text=Cost work at the site's hourly rate (set in the app settings)");
    await editor.fill('input[name="hourlyRate"]', '100');
    // The refresh is an Atlaskit select like the rest of the app's choices.
    await editor.click('#refresh-minutes');
    await editor.click('text=Every 30 minutes');
    await editor.click('[data-testid="gadget-save"]');
    await page.waitForURL(`${b.url}/jira/dashboards/10000`);
    expect(b.site.state.gadgetConfigs['20001']).toMatchObject({
      projects: ['SEC'],
      period: '365d',
      grouping: 'month',
      includeExercises: true,
      hourlyRate: 100,
      refreshMinutes: 30,
    });

    // Hours per person need a permission, not the gadget's "hide names" (issue 29): the manager is named the owner.
    const config = (await kvs.get<AppConfig>(storageKeys.config()))!;
    await kvs.set(storageKeys.config(), { ...config, program: { ...config.program, ownerAccountId: MORGAN } });

    // Work logged on a SEC incident reaches the sums through the worklog trigger.
    const incident = b.site.issues
      .all()
      .find((i) => i.key.startsWith('SEC-') && !i.fields.securityLevelId && (i.properties['incident-response'] as { triage?: string })?.triage === 'incident')!;
    const res = await b.site.rest(RILEY, 'POST', `/rest/api/3/issue/${incident.key}/worklog`, {
      timeSpentSeconds: 36_000,
      started: new Date(b.site.clock.now() - 86_400_000).toISOString().replace('Z', '+0000'),
    });
    expect(res.status).toBe(201);
    await b.site.events.drain();

    const gadget = await appFrame(page, 'incident-statistics');
    await gadget.waitForSelector('[data-testid="stats-reports"]');
    const reports = Number(await gadget.textContent('[data-testid="stats-reports"]'));
    expect(reports).toBeGreaterThan(0);
    for (const chart of ['time', 'category', 'priority', 'cia', 'age', 'people']) await gadget.waitForSelector(`[data-testid="stats-chart-${chart}"] svg`);
    expect(await gadget.locator('[data-testid="stats-chart-time"] .ct-bar').count()).toBeGreaterThan(0);
    // Each legend entry has its series' colour, and each series draws its own figures (the figures are in the chart's label).
    for (const chart of ['category', 'component', 'priority', 'cia', 'people']) {
      const seen = await gadget.$eval(`[data-testid="stats-chart-${chart}"]`, (figure) => {
        const legend = [...figure.querySelectorAll('.stats-legend-item')].map((item) => ({
          name: item.textContent,
          colour: getComputedStyle(item, '::before').backgroundColor,
        }));
        const series = ['a', 'b'].map((letter) => {
          const bars = [...figure.querySelectorAll(`.ct-series-${letter} .ct-bar`)];
          return { colour: bars[0] ? getComputedStyle(bars[0]).stroke : null, values: bars.map((bar) => Number(bar.getAttribute('ct:value'))).reverse() };
        });
        // "Label count/previous, …" as the chart says it to screen readers.
        const said = figure.querySelector('[role="img"], [role="group"]')!.getAttribute('aria-label')!;
        const rows = said
          .slice(said.indexOf(':') + 2)
          .split(', ')
          .map((row) =>
            row
              .slice(row.lastIndexOf(' ') + 1)
              .split('/')
              .map(Number),
          );
        return { legend, series, rows };
      });
      expect(seen.legend.map((l) => l.colour)).toEqual(seen.series.map((s) => s.colour));
      expect(seen.series[0]!.values).toEqual(seen.rows.map((r) => r[0]));
      expect(seen.series[1]!.values).toEqual(seen.rows.map((r) => r[1]));
    }
    await gadget.waitForSelector('[data-testid="stats-response-times"] tbody tr');
    // The table: the newest SEC incidents the manager can see, sortable and paged by 10.
    await gadget.waitForSelector('[data-testid="stats-incidents-table--table"] tbody tr');
    expect(await gadget.locator('[data-testid="stats-incidents-table--table"] tbody tr').count()).toBe(10);
    await gadget.click('[data-testid="stats-incidents-table--head--cell"] >> text=Key');
    const firstKey = await gadget.locator('[data-testid="stats-incidents-table--table"] tbody tr').first().locator('a').textContent();
    expect(firstKey).toMatch(/^SEC-\d+$/);

    // CSV export: the figures the gadget shows, including the 10 hours just logged.
    const [download] = await Promise.all([page.waitForEvent('download'), gadget.click('[data-testid="stats-export-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('section,item,value,previous period or second value');
    expect(csv).toContain(`totals,reports,${reports},`);
    expect(csv).toMatch(/hours \(inside \/ outside business hours\),Riley/);
    const hours = Number(await gadget.textContent('[data-testid="stats-hours"]'));
    expect(hours).toBeGreaterThanOrEqual(10);

    // The manager's export: one row per incident of the period, times in the viewer's zone.
    const [incidents] = await Promise.all([page.waitForEvent('download'), gadget.click('[data-testid="stats-export-incidents"]')]);
    const lines = readFileSync((await incidents.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(
      /^key,summary,category,level,status,reported \(.+\),acknowledged \(.+\),contained \(.+\),resolved \(.+\),SLA met,legal notices late or missed,hours logged,cost \(\w+\)$/,
    );
    expect(lines.length - 1).toBeGreaterThanOrEqual(10);
    expect(lines.slice(1).every((l) => /^SEC-\d+,/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  }, 120_000);

  it('numbers that agree: top 8 and "Other", dates in words, and each figure opens its incidents in issue search', async () => {
    await signIn(b, MORGAN);
    b.site.state.gadgetConfigs['20001'] = { ...DEFAULT_CONFIG, projects: ['SEC', 'OPS'], period: '90d' };
    await page.goto(`${b.url}/jira/dashboards/10000`);
    const gadget = await appFrame(page, 'incident-statistics');
    await gadget.waitForSelector('[data-testid="stats-chart-category"] svg');
    // The seeded incidents span 9 categories (one of them called "Other"): the chart says it keeps the top 8 and adds up the rest.
    expect(await gadget.textContent('[data-testid="stats-chart-category-caption"]')).toMatch(/^Top 8 of \d+ categories; the rest are added up as "Other"\.$/);
    expect(await gadget.getAttribute('[data-testid="stats-chart-category"] [role="group"]', 'aria-label')).toMatch(/, Other \(\d+ more\) \d+\/\d+$/);
    // No ISO date where people read: the period compared with, the axis and the table's dates.
    await gadget.waitForSelector('[data-testid="stats-incidents-table--table"] tbody tr');
    const read = await gadget.evaluate(() => document.body.innerText);
    // In the browser's locale: "Jun 11 to Sep 8, 2026" here (en-US), "11 Jun to 8 Sept 2026" in British English.
    expect(read).toMatch(/Compared with [^.\d]*[A-Z][a-z]+[^.]* to [^.]*\d{4}\./);
    expect(read).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // A tile and a bar open Jira's issue search in a new tab with the JQL of what they count.
    const opened = async (click: () => Promise<void>) => {
      const [tab] = await Promise.all([b.browser.waitForEvent('page'), click()]);
      await tab.waitForLoadState();
      const url = new URL(tab.url());
      await tab.close();
      expect(url.pathname).toBe('/issues/');
      return url.searchParams.get('jql')!;
    };
    const incidents = await opened(() => gadget.click('[data-testid="stats-incidents-search"]'));
    expect(incidents).toMatch(
      /^project in \("SEC"(, "OPS")?\) AND incidentReportedAt >= "\d{4}-\d{2}-\d{2}" AND .* AND incidentTriage = "incident" ORDER BY created DESC$/,
    );
    // Bars are links for the keyboard too: focused, Enter opens them.
    const follow = (bar: string) => async () => {
      await gadget.locator(bar).first().focus();
      await page.keyboard.press('Enter');
    };
    const priority = await opened(follow('[data-testid="stats-chart-priority"] .ct-series-a .stats-bar-link'));
    expect(priority).toMatch(/AND incidentTriage = "incident" AND incidentPriority (in \("[^"]+"\)|IS EMPTY) ORDER BY created DESC$/);
    const other = await opened(follow('[data-testid="stats-chart-category"] .ct-series-a .stats-bar-link[data-row="8"]'));
    expect(other).toMatch(/AND incidentTriage = "incident" AND \(?incidentCategoryTag in \("[0-9a-f]{20}"(, "[0-9a-f]{20}")*\)/);
  }, 90_000);

  it('a viewer who cannot open every restricted incident gets no figures, says why, and still sees the incidents they can open', async () => {
    expect(b.site.issues.all().some((i) => i.fields.securityLevelId)).toBe(true);
    await signIn(b, OSCAR);
    await page.goto(`${b.url}/jira/dashboards/10000`);
    const gadget = await appFrame(page, 'incident-statistics');
    await gadget.waitForSelector('text=These figures include restricted incidents you cannot open');
    await gadget.waitForSelector('[data-testid="stats-incidents-table--table"] tbody tr');
    expect(await gadget.locator('[data-testid="stats-reports"]').count()).toBe(0);
    const keys = await gadget.locator('[data-testid="stats-incidents-table--table"] tbody tr a').allTextContents();
    const restricted = new Set(
      b.site.issues
        .all()
        .filter((i) => i.fields.securityLevelId)
        .map((i) => i.key),
    );
    expect(keys.filter((k) => restricted.has(k))).toEqual([]);
  }, 60_000);

  it('a portal customer without a Jira licence is told that, not to check their connection', async () => {
    await signIn(b, CASEY);
    await page.goto(`${b.url}/jira/dashboards/10000`);
    const gadget = await appFrame(page, 'incident-statistics');
    await gadget.getByText('You do not have access to this app here').first().waitFor();
    expect(await gadget.getByText('Check your connection').count()).toBe(0);
  }, 60_000);
});
