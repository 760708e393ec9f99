/**
 * Data lifecycle: deleting an issue in Jira purges everything the app kept for it (record,
 * intake, status and priority facts, timeline, report sections and publications, escalation
 * ledger, follow-up keys) and its contribution to the statistics; a deleted follow-up's hours
 * leave its incident. Deliveries twice over change nothing more. And no customer data survives
 * in module-level variables between invocations (checked on the source).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Site } from '../../sandbox/site';
import { ALEX, createTestSite, gadgetContext, panelCalls, RILEY } from '../support/test-site';
import { rel, sourceFiles } from '../support/repo-files';
import { recordRow } from './ledger';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});
const { ok } = panelCalls(() => site);

/** The app's keys for one issue, but its tombstone (which outlives the issue on purpose). */
const keysOf = (issueId: string) => Object.keys(site.state.kvs).filter((k) => new RegExp(`(^|[:-])${issueId}(:|$)`).test(k) && k !== `tombstone:${issueId}`);
const tombstoneOf = (issueId: string) => site.state.kvs[`tombstone:${issueId}`];
const statsHours = async () => {
  const query = {
    projects: ['SEC'],
    period: '30d',
    grouping: 'week',
    includeExercises: true,
    hourlyRate: null,
    currency: null,
    hideNames: true,
    refreshMinutes: 0,
  };
  const { result } = await site.functions.invokeResolver({
    functionKey: 'resolver',
    moduleKey: 'incident-statistics',
    resolverKey: 'stats/get',
    payload: {},
    accountId: ALEX,
    context: gadgetContext(query),
  });
  const view = (result as { data: { totals: { reports: number; hours: number } } }).data;
  return { reports: view.totals.reports, hours: view.totals.hours };
};

async function richIncident() {
  const issue = site.issues.create({ projectId: '10000', summary: 'Customer list shared by link', reporter: RILEY }, RILEY, false);
  await site.events.drain();
  await ok(issue, 'incident/update', { expectedRevision: 0, category: 'data-exposure', impact: 'high', urgency: 'high', reason: 'Public link' });
  await ok(issue, 'timeline/add', { kind: 'action', text: 'Removed the public link' });
  await ok(issue, 'legal/record', {
    expectedRevision: 1,
    action: 'start',
    trigger: 'aware_at',
    at: new Date(site.clock.now() - 86_400_000).toISOString(),
    timeZone: 'Europe/Berlin',
    reason: 'Confirmed',
  });
  await ok(issue, 'postmortem/save-section', { kind: 'postmortem', sectionId: 'root-cause', text: 'Why? The folder was shared by link.', expectedRevision: 0 });
  await ok(issue, 'postmortem/publish', { kind: 'postmortem' });
  await ok(issue, 'postmortem/follow-up', { summary: 'Turn off public links' });
  const followUp = site.issues.all().find((i) => i.fields.summary === 'Turn off public links')!;
  site.issues.addWorklog(issue, { author: RILEY, started: new Date(site.clock.now() - 3_600_000).toISOString(), timeSpentSeconds: 7200 }, RILEY, false);
  site.issues.addWorklog(followUp, { author: RILEY, started: new Date(site.clock.now() - 3_600_000).toISOString(), timeSpentSeconds: 3600 }, RILEY, false);
  site.issues.edit(issue, { status: 'Waiting for reporter' }, RILEY, false);
  await site.events.drain();
  return { issue, followUp };
}

const deleteIssue = (key: string) => site.rest(ALEX, 'DELETE', `/rest/api/3/issue/${key}`);

describe('deleting an issue', () => {
  it('purges the incident and its statistics; twice-delivered events change nothing more', async () => {
    const baseline = await statsHours();
    const { issue, followUp } = await richIncident();
    expect(keysOf(issue.id).length).toBeGreaterThan(8);
    expect(await statsHours()).toEqual({ reports: baseline.reports + 1, hours: baseline.hours + 3 });
    site.events.options.duplicate = true;
    expect((await deleteIssue(issue.key)).status).toBe(204);
    await site.events.drain();
    const left = keysOf(issue.id);
    // The follow-up is an issue of its own; only its link to the deleted incident goes.
    expect(left).toEqual([]);
    // What remains is the tombstone, which the twice-delivered event did not overwrite with nothing.
    expect(tombstoneOf(issue.id)?.value).toMatchObject({ issueKey: issue.key, deletedBy: ALEX, category: 'data-exposure', priority: 'Critical' });
    expect(await statsHours()).toEqual(baseline);
    expect(site.issues.find(followUp.key)).toBeDefined();
    recordRow(__filename, {
      area: 'lifecycle',
      check: 'deleted incident: KVS keys and statistics purged (events twice)',
      tried: 1,
      held: left.length === 0 ? 1 : 0,
      lost: left.length,
    });
  });

  it("removes a deleted follow-up's hours from its incident, and its keys", async () => {
    const baseline = await statsHours();
    const { issue, followUp } = await richIncident();
    expect((await deleteIssue(followUp.key)).status).toBe(204);
    await site.events.drain();
    expect(keysOf(followUp.id)).toEqual([]);
    expect(await statsHours()).toEqual({ reports: baseline.reports + 1, hours: baseline.hours + 2 });
    expect(keysOf(issue.id).length).toBeGreaterThan(8);
    recordRow(__filename, { area: 'lifecycle', check: "deleted follow-up: its hours leave the incident's", tried: 1, held: 1, lost: 0 });
  });

  it('is refused to someone who may not delete issues', async () => {
    const { issue } = await richIncident();
    expect((await site.rest('acc-morgan-manager', 'DELETE', `/rest/api/3/issue/${issue.key}`)).status).toBe(403);
    expect(site.issues.find(issue.key)).toBeDefined();
  });
});

describe('no customer data in module-level variables', () => {
  /**
   * Forge reuses a function's module between invocations (of any user, any site's data in it):
   * the backend keeps no module-level `let`/`var`, and no module-level Map, Set, array or object
   * that the file mutates.
   */
  /** Caches of public or derived calendar data and the app's own messages, keyed by content or locale, never by incident or user. */
  const ALLOWED: Record<string, string> = {
    'src/domain/legal/legal-calendars.ts:zoneByCountry': 'country -> time zone, from the public holiday dataset',
    'src/domain/sla/holiday-dates.ts:cache': 'public holidays per region and year',
    'src/domain/sla/holiday-country-of-zone.ts:countriesByZone': 'time zone -> countries, from the public holiday dataset',
    'src/domain/sla/working-intervals.ts:dayCache': "working hours per calendar day, keyed by the calendar's content (bounded)",
    'src/domain/sla/working-intervals.ts:keys': "a calendar's content key, per calendar object (WeakMap)",
    'src/domain/sla/working-intervals.ts:idsByContent': 'short ids for the first 1,000 calendar contents (bounded)',
    'src/platform/i18n/reader-words.ts:loaded': "the app's own translations, one per locale it ships (four at most; no customer data)",
  };

  it('finds no mutable module-level state in src/ beyond the listed caches of public calendar data', () => {
    const problems: string[] = [];
    const files = sourceFiles('src').filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const flags = statement.declarationList.flags;
        for (const d of statement.declarationList.declarations) {
          const name = d.name.getText(source);
          const where = `${rel(file)}:${name}`;
          if (ALLOWED[where]) continue;
          if (!(flags & ts.NodeFlags.Const)) problems.push(`${file}: module-level let/var ${name}`);
          const init = d.initializer;
          const container =
            init &&
            (ts.isArrayLiteralExpression(init) ||
              ts.isObjectLiteralExpression(init) ||
              (ts.isNewExpression(init) && /^(Map|Set|WeakMap|Array)$/.test(init.expression.getText(source))));
          if (
            container &&
            new RegExp(`\\b${name}(\\.(push|set|add|splice|unshift|pop|shift|delete|clear)\\(|\\[[^\\]]+\\]\\s*=[^=]|\\.\\w+\\s*=[^=])`).test(text)
          )
            problems.push(`${file}: module-level ${name} is mutated`);
        }
      }
    }
    recordRow(__filename, {
      area: 'lifecycle',
      check: `no mutable module-level state (${files.length} source files)`,
      tried: files.length,
      held: files.length - problems.length,
      lost: problems.length,
    });
    expect(problems).toEqual([]);
  });
});
