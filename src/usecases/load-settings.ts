import { defaultAppConfig } from '../domain/config/default-config';
import { SHIPPED_RULES } from '../domain/legal/rule-pack';
import { gettingStarted } from '../domain/program/getting-started';
import { sammMaturity } from '../domain/program/samm-maturity';
import { holidayCountryOfZone } from '../domain/sla/holiday-country-of-zone';
import { taxonomyReview } from '../domain/program/taxonomy-review';
import type { SettingsVersionView, SettingsView } from '../shared/settings-contract';
import type { SettingsDeps } from './commit-settings';
import type { TombstoneStore } from './lifecycle-ports';
import type { SweepLedger } from './ports';
import { requireSettingsEditor } from './settings-access';
import { alertSourcesState, type TriggerUrl } from './settings-alert-secrets';
import { rotaPreviews } from './settings-oncall-preview';

/** The page shows this many versions at first; older ones are paged. */
export const HISTORY_PAGE = 20;
/** Deleted incidents listed on the page, newest first. */
export const DELETED_SHOWN = 50;

/**
 * Everything the settings page shows: the settings and their defaults, the site's names to pick
 * from, the getting-started checklist and the maturity grades (from the settings and three JQL
 * counts), and the newest versions.
 */
export async function loadSettings(deps: SettingsDeps & { sweep: SweepLedger; tombstones: TombstoneStore; triggerUrl: TriggerUrl }): Promise<SettingsView> {
  const current = await deps.store.current();
  await requireSettingsEditor(deps.jira, current.config);
  const now = deps.now();
  const [site, setup, facts, history, lastSweep, tombstones, alertSources] = await Promise.all([
    deps.jira.vocabulary(current.config.scope),
    deps.jira.setupFacts(),
    deps.jira.programFacts(now),
    deps.store.history(current.version + 1, HISTORY_PAGE),
    deps.sweep.last(),
    deps.tombstones.newest(DELETED_SHOWN),
    alertSourcesState(deps, current.config),
  ]);
  const names = tombstones.length > 0 ? await deps.jira.displayNames(tombstones.flatMap((t) => (t.deletedBy ? [t.deletedBy] : []))) : {};
  const { config } = current;
  return {
    config,
    defaults: defaultAppConfig(),
    version: current.version,
    storedProblems: current.problems,
    site: { ...site, ...setup, holidayCountry: holidayCountryOfZone(setup.timeZone) },
    legalRules: SHIPPED_RULES.map((r) => ({
      id: r.id,
      regime: r.regime,
      stage: r.stage,
      jurisdiction: r.jurisdiction,
      verification: r.verification,
      enabledByDefault: r.enabledByDefault,
    })),
    taxonomyReview: taxonomyReview(config.taxonomy, now),
    checklist: gettingStarted(config, facts, config.program.confirmedSteps),
    maturity: sammMaturity(config, facts, now),
    facts,
    history,
    lastSweep,
    alertSources,
    rotaPreviews: rotaPreviews(config.oncall, Date.parse(now)),
    deletedIncidents: tombstones.map((t) => ({
      issueKey: t.issueKey,
      deletedAt: t.deletedAt,
      deletedBy: t.deletedBy ? (names[t.deletedBy] ?? 'Unknown user') : 'Not known',
      reportedAt: t.reportedAt,
      category: config.taxonomy.categories.find((c) => c.id === t.category)?.label ?? null,
      priority: config.priority.matrix.levels.find((l) => l.id === t.priority)?.label ?? t.priority,
      timelineEntries: t.chain.seq,
      lastHash: t.chain.hash,
      evidenceHashes: t.evidence.map((e) => e.sha256),
      retainedUntil: t.retainedUntil,
    })),
  };
}

export async function settingsHistory(deps: SettingsDeps, before: number): Promise<SettingsVersionView[]> {
  const current = await deps.store.current();
  await requireSettingsEditor(deps.jira, current.config);
  return deps.store.history(Math.min(before, current.version + 1), HISTORY_PAGE);
}
