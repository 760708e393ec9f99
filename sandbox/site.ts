/**
 * The local Jira site: state, clock, emulated Jira REST and Forge KVS, the app's real functions
 * behind the Forge runtime hooks, events and the scheduler. `npm start` serves it over HTTP
 * (sandbox/shell); tests create one in-process.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EventBus } from './events/event-bus';
import { Scheduler } from './events/scheduler';
import { JiraFaults } from './jira/jira-faults';
import { jiraApi } from './jira/jira-api';
import type { Caller } from './jira/jira-env';
import { SearchIndex } from './jira/search-index';
import { SpecGate } from './jira/spec-gate';
import { kvsApi } from './kvs/kvs-api';
import { confluenceApi } from './confluence/confluence-api';
import { type AppManifest, loadManifest } from './manifest';
import { AppFunctions } from './runtime/app-functions';
import { ensureBackendBundle } from './runtime/backend-bundle';
import { BundleExecutor } from './runtime/bundle-executor';
import { installForgeHooks } from './runtime/forge-hooks';
import { ensureLocalesDir } from './runtime/forge-locales';
import { PlatformLatency } from './runtime/platform-latency';
import { WebTriggers } from './runtime/web-triggers';
import { seedOtherTeams } from './seed/seed-other-teams';
import { seedSettings, seedSite } from './seed/seed-site';
import { keepPanelsShownForAll } from './state/issue-panels';
import { playWorkedIncidents, STORY_DAYS, type WorkedIncidents } from './seed/worked-incidents';
import { IssueStore, type IssueChange } from './state/issue-store';
import { DebouncedSaver, loadState } from './state/persistence';
import { SiteClock } from './state/site-clock';
import { sendAssignmentEmail } from './state/jira-notifications';
import { emptySiteState, type SiteState } from './state/site-state';

export const REPO_ROOT = resolve(__dirname, '..');
export const CLOUD_ID = 'local-cloud-0001';
export const ENVIRONMENT_ID = 'local-development';
export const INSTALLATION_ID = 'local-installation';

export interface SiteOptions {
  /** Where the site is saved; null keeps it in memory only (tests). */
  stateFile?: string | null;
  /** Seed this many incidents when the site is new (default 240, a year for a small team). */
  incidents?: number;
  /** Start from scratch even if a saved site exists. */
  reset?: boolean;
  baseUrl?: string;
  /** Whether the site has Confluence (default true): without it the app publishes reports as Jira comments. */
  confluence?: boolean;
  /** Start the scheduler's own ticking (npm start); tests call advanceTime() instead. */
  autoSchedule?: boolean;
  /**
   * 'bundle' runs the app as deployed: the backend bundled by @forge/bundler, each invocation in a function
   * process with an emptied environment and Forge's deadlines (npm start, browser tests). 'in-process'
   * (default) calls src/ directly, for fast unit and integration tests.
   */
  runtime?: 'in-process' | 'bundle';
  /** Print what the app's functions log (npm start); in-process runs log through the test runner. */
  functionLogs?: boolean;
  /** Where progress lines go (bundling); silent by default. */
  say?: (line: string) => void;
  /**
   * The app as just installed: nothing stored, so it is not set up and does nothing until an admin
   * sets it up. By default a new site has the settings saved once, as an admin would (the demo's setup).
   */
  freshInstall?: boolean;
  /**
   * The site's other teams and their year of work (default true): an IT help desk with its own
   * request types, a software and a business project, about 400 issues with activity and other
   * apps' properties (seed-other-teams.ts). false: only the incident projects (fast unit tests).
   */
  busy?: boolean;
  /**
   * The demo's worked incidents (npm start, screenshots): a new site's clock starts STORY_DAYS back,
   * the seeded year ends there, and playStory() works three incidents through the app up to the
   * present. Ignored with freshInstall and for a saved site.
   */
  story?: boolean;
}

export const DEFAULT_INCIDENTS = 240;

export class Site {
  readonly manifest: AppManifest;
  readonly state: SiteState;
  readonly clock: SiteClock;
  readonly issues: IssueStore;
  readonly search: SearchIndex;
  readonly faults = new JiraFaults();
  /** Round trips a real site costs, added on request (runtime/platform-latency.ts). */
  readonly latency = new PlatformLatency();
  /** Atlassian's spec at Jira's door: scopes and request bodies of app calls, and every answer's shape. */
  readonly spec: SpecGate;
  /** How search/jql ends its last page (see search-routes.ts); tests switch it to try the app under both. */
  searchLastPageToken: 'null' | 'absent' = 'absent';
  /** What search/jql does with an issue named by key or id that is gone or hidden (see search-routes.ts). */
  searchUnknownIssue: 'error' | 'ignore' = 'error';
  readonly functions: AppFunctions;
  /** The app's web triggers: a URL per module for this installation, served at /public/<id> (runtime/web-triggers.ts). */
  readonly webTriggers: WebTriggers;
  readonly events: EventBus;
  readonly scheduler: Scheduler;
  readonly baseUrl: string;
  private readonly saver: DebouncedSaver;
  private readonly jira: ReturnType<typeof jiraApi>;
  private readonly kvs: ReturnType<typeof kvsApi>;
  private readonly confluenceApp: ReturnType<typeof confluenceApi>;
  /** Switch Confluence off or on (a Jira-only site, or one with Confluence). */
  hasConfluence: boolean;
  private readonly uninstallHooks: () => void;
  private readonly changeListeners: ((change: IssueChange) => void)[] = [];

  constructor(options: SiteOptions = {}) {
    this.manifest = loadManifest(join(REPO_ROOT, 'manifest.yml'));
    const file = options.stateFile === undefined ? join(REPO_ROOT, '.sandbox', 'site.json') : options.stateFile;
    const saved = file && !options.reset ? loadState(file) : null;
    this.state = saved ?? emptySiteState();
    // Saved before the issue view placed panels as Jira does, the site showed them on every incident: it still does.
    if (saved && !saved.issuePanels) keepPanelsShownForAll(this.state, this.manifest);
    this.storyPending = !saved && (options.story ?? false) && !options.freshInstall;
    this.clock = new SiteClock(this.storyPending ? -STORY_DAYS * 86_400_000 : this.state.clockOffsetMs);
    this.saver = new DebouncedSaver(file, this.state);
    this.baseUrl = options.baseUrl ?? 'http://localhost';
    const now = () => this.clock.now();
    this.issues = new IssueStore(this.state, now, this.saver.markDirty);
    this.search = new SearchIndex(this.issues, now);
    this.functions = new AppFunctions(this.manifest, `ari:cloud:jira::site/${CLOUD_ID}`);
    this.functions.latency = this.latency;
    this.webTriggers = new WebTriggers(this.manifest, this.functions, INSTALLATION_ID, this.baseUrl);
    this.events = new EventBus(this.manifest, this.functions, CLOUD_ID, now);
    this.scheduler = new Scheduler(this.manifest, this.functions, now);
    this.issues.onChange((change) => {
      // Jira's own email to the new assignee (state/jira-notifications.ts), into the outbox.
      const assigned = change.kind === 'updated' ? change.changelog?.items.find((i) => i.field === 'assignee') : undefined;
      if (assigned) sendAssignmentEmail(this.state, change.issue, assigned.to, change.actor, new Date(this.clock.now()).toISOString());
      this.events.publish(change);
      for (const l of this.changeListeners) l(change);
    });
    this.issues.onWorklog((change) => this.events.publishWorklog(change));
    this.spec = new SpecGate(() => this.manifest.scopes);
    this.jira = jiraApi({
      state: this.state,
      issues: this.issues,
      manifest: this.manifest,
      clock: this.clock,
      search: this.search,
      faults: this.faults,
      baseUrl: this.baseUrl,
      searchLastPageToken: () => this.searchLastPageToken,
      searchUnknownIssue: () => this.searchUnknownIssue,
      checkResponse: (m, p, r) => this.spec.checkResponse(m, p, r),
    });
    this.kvs = kvsApi({ state: this.state, now, markDirty: this.saver.markDirty, takeFault: () => this.faults.takeKvsFault() });
    this.hasConfluence = options.confluence ?? true;
    this.confluenceApp = confluenceApi({
      state: this.state,
      now: () => new Date(this.clock.now()).toISOString(),
      baseUrl: this.baseUrl,
      markDirty: this.saver.markDirty,
      enabled: () => this.hasConfluence,
    });
    this.uninstallHooks = installForgeHooks({
      jira: (req, caller) => this.appJiraFetch(req, caller),
      kvs: (req) => this.kvsFetch(req),
      confluence: async (req, caller) => {
        await this.latency.request();
        return this.spec.admitConfluenceRequest(req) ?? this.confluenceApp.fetch(req, { caller });
      },
      graphql: async (req) => {
        await this.latency.request();
        return Response.json(this.webTriggers.graphql((await req.json().catch(() => ({}))) as { query?: string; variables?: Record<string, unknown> }));
      },
      appId: this.manifest.appId,
      environmentId: ENVIRONMENT_ID,
      installationId: INSTALLATION_ID,
      cloudId: CLOUD_ID,
      scopes: this.manifest.scopes,
      appCodeDir: ensureLocalesDir(REPO_ROOT),
    });
    if (options.runtime === 'bundle')
      this.functions.executor = new BundleExecutor(ensureBackendBundle(REPO_ROOT, options.say), () => this.clock.now(), options.functionLogs ?? false);
    if (!saved) {
      seedSite(this.issues, this.state, { incidents: options.incidents ?? DEFAULT_INCIDENTS, now: this.clock.now(), appData: !options.freshInstall });
      const busy = options.busy ?? true;
      if (busy) seedOtherTeams(this.issues, this.clock.now());
      if (!options.freshInstall) seedSettings(this.state, this.clock.now(), busy, this.storyPending);
      this.saver.flush();
    }
    this.autoSchedule = options.autoSchedule ?? false;
    if (this.autoSchedule && !this.storyPending) this.scheduler.start();
  }

  /** A new site with `story` whose worked incidents are not played yet. */
  storyPending: boolean;
  private readonly autoSchedule: boolean;

  /**
   * Plays the demo's worked incidents up to the present; the scheduled triggers then run from now
   * (the days the story skipped are not replayed one sweep at a time; the next sweep catches up).
   */
  async playStory(): Promise<WorkedIncidents | null> {
    if (!this.storyPending) return null;
    const worked = await playWorkedIncidents(this);
    this.storyPending = false;
    this.scheduler.skipToNow();
    this.save();
    if (this.autoSchedule) this.scheduler.start();
    return worked;
  }

  /** The emulated Jira REST API, as `caller`. */
  jiraFetch(request: Request, caller: Caller): Promise<Response> {
    // A request that times out never reaches Jira: the caller's fetch fails after a moment.
    if (this.faults.takeTimeout()) return new Promise((_, reject) => setTimeout(() => reject(new TypeError('fetch failed: the connection timed out')), 20));
    return Promise.resolve(this.jira.fetch(request, { caller }));
  }

  /** A request the app makes (from its functions, or requestJira in its Custom UI): through the spec gate first. */
  async appJiraFetch(request: Request, caller: Caller): Promise<Response> {
    await this.latency.request();
    for (const watch of this.appRequestWatchers)
      watch({ method: request.method, path: new URL(request.url).pathname, body: request.method === 'GET' ? null : await request.clone().text() });
    return (await this.spec.admitAppRequest(request)) ?? this.jiraFetch(request, caller);
  }

  private readonly appRequestWatchers: ((request: { method: string; path: string; body: string | null }) => void)[] = [];

  /** Every Jira request the app makes, from any function, as it is sent (tests that prove what the app touches). */
  onAppJiraRequest(watch: (request: { method: string; path: string; body: string | null }) => void): void {
    this.appRequestWatchers.push(watch);
  }

  async kvsFetch(request: Request): Promise<Response> {
    await this.latency.request();
    return this.spec.admitStorageRequest() ?? this.kvs.fetch(request);
  }

  /** A REST call as a person (not through the app): what a user's browser or curl would send. */
  rest(accountId: string, method: string, path: string, body?: unknown): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    };
    return this.jiraFetch(new Request(`${this.baseUrl}${path}`, init), { accountId, selfGenerated: false });
  }

  /** A Confluence REST call as a person (their browser): what they can read of the site's Confluence. */
  confluenceRest(accountId: string, method: string, path: string): Promise<Response> {
    return Promise.resolve(this.confluenceApp.fetch(new Request(`${this.baseUrl}${path}`, { method }), { caller: { accountId, selfGenerated: false } }));
  }

  onIssueChange(listener: (change: IssueChange) => void): void {
    this.changeListeners.push(listener);
  }

  /** Moves time forward in steps no longer than the shortest schedule, running what falls due on the way. */
  async advanceTime(ms: number): Promise<void> {
    const step = 5 * 60_000;
    let remaining = ms;
    while (remaining > 0) {
      const d = Math.min(step, remaining);
      this.clock.advance(d);
      remaining -= d;
      await this.scheduler.tick();
    }
    this.state.clockOffsetMs = this.clock.offset;
    this.saver.markDirty();
  }

  save(): void {
    this.state.clockOffsetMs = this.clock.offset;
    this.saver.flush();
  }

  /**
   * With SITE_LEDGER_DIR set (the test run sets it), two rows for the table printed after `npm test`:
   * the app's REST calls judged by Atlassian's spec (scopes, routes, bodies) and the site's answers.
   */
  private recordSpecLedger(): void {
    const dir = process.env.SITE_LEDGER_DIR;
    if (!dir) return;
    const rows = [
      {
        area: 'platform',
        check: "app platform calls (Jira, JSM, Confluence v2, storage): documented route, scopes in manifest.yml, body fits Atlassian's spec",
        tried: this.spec.appCalls,
        held: this.spec.appCalls - this.spec.refused.length,
        lost: this.spec.refused.length,
      },
      {
        area: 'platform',
        check: "local site's REST answers fit Atlassian's spec",
        tried: this.spec.responsesChecked,
        held: this.spec.responsesChecked - this.spec.violations.length,
        lost: this.spec.violations.length,
      },
    ];
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, `site-${process.pid}.jsonl`), rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }

  async close(): Promise<void> {
    this.scheduler.stop();
    await this.events.drain();
    this.events.dispose();
    this.save();
    this.functions.executor?.dispose();
    this.uninstallHooks();
    this.clock.dispose();
    this.recordSpecLedger();
    if (this.spec.violations.length > 0) {
      throw new Error(`The local Jira site answered outside Atlassian's spec (sandbox/reference):\n${this.spec.violations.join('\n')}`);
    }
  }
}
