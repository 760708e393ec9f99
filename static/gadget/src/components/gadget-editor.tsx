import { requestJira, view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import { STATS_GROUPINGS, STATS_PERIODS } from '../../../../src/shared/stats-contract';
import { GROUPING_LABELS, PERIOD_LABELS, REFRESH_CHOICES, type GadgetConfig } from '../gadget-config';

/** The projects the editor offers: those the viewer can browse (GET /rest/api/3/project/search). */
function useBrowsableProjects(): { key: string; name: string }[] | null {
  const [projects, setProjects] = useState<{ key: string; name: string }[] | null>(null);
  useEffect(() => {
    void requestJira('/rest/api/3/project/search?maxResults=100')
      .then((r) => (r.ok ? r.json() : { values: [] }))
      .then((b: { values?: { key: string; name: string }[] }) => setProjects(b.values ?? []))
      .catch(() => setProjects([]));
  }, []);
  return projects;
}

const REFRESH_OPTIONS = REFRESH_CHOICES.map((m) => ({ value: m, label: m === 0 ? 'Never' : `Every ${m} minutes` }));

function problemsOf(c: GadgetConfig): string | null {
  if (c.projects.length === 0) return 'Choose at least one project.';
  if (c.period === 'custom' && (!c.from || !c.to || c.from > c.to)) return 'Choose a start and an end date, the start first.';
  if (c.hourlyRate !== null && !(c.hourlyRate >= 0)) return 'The hourly rate must be zero or more.';
  if (c.currency !== null && !/^[A-Z]{3}$/.test(c.currency)) return 'Use a three-letter currency code such as EUR.';
  return null;
}

/** The edit entry point: saves with view.submit, after which Jira shows the view again. */
export default function GadgetEditor({ initial }: { initial: GadgetConfig }) {
  const [config, setConfig] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const projects = useBrowsableProjects();
  const set = (patch: Partial<GadgetConfig>) => setConfig((c) => ({ ...c, ...patch }));
  const toggle = (key: string, on: boolean) =>
    setConfig((c) => ({ ...c, projects: on ? [...new Set([...c.projects, key])] : c.projects.filter((p) => p !== key) }));
  const save = async () => {
    const problem = problemsOf(config);
    if (problem) return setError(problem);
    const { from, to, ...rest } = config;
    try {
      await view.submit(config.period === 'custom' ? { ...rest, from, to } : rest);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save.');
    }
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), void save())} aria-label="Gadget settings">
      <Stack space="space.150">
        <fieldset>
          <legend>Projects</legend>
          {projects === null ? (
            <Text>Loading projects…</Text>
          ) : (
            projects.map((p) => (
              <Checkbox
                key={p.key}
                name="projects"
                value={p.key}
                label={`${p.name} (${p.key})`}
                isChecked={config.projects.includes(p.key)}
                onChange={(e) => toggle(p.key, e.target.checked)}
              />
            ))
          )}
        </fieldset>
        <fieldset>
          <legend>Period</legend>
          <RadioGroup
            name="period"
            options={STATS_PERIODS.map((p) => ({ name: 'period', value: p, label: PERIOD_LABELS[p] }))}
            value={config.period}
            onChange={(e) => set({ period: e.target.value as GadgetConfig['period'] })}
          />
          {config.period === 'custom' && (
            <Inline space="space.100">
              <label>
                From <Textfield type="date" name="from" value={config.from ?? ''} onChange={(e) => set({ from: (e.target as HTMLInputElement).value })} />
              </label>
              <label>
                To <Textfield type="date" name="to" value={config.to ?? ''} onChange={(e) => set({ to: (e.target as HTMLInputElement).value })} />
              </label>
            </Inline>
          )}
        </fieldset>
        <fieldset>
          <legend>Group the timeline</legend>
          <RadioGroup
            name="grouping"
            options={STATS_GROUPINGS.map((g) => ({ name: 'grouping', value: g, label: GROUPING_LABELS[g] }))}
            value={config.grouping}
            onChange={(e) => set({ grouping: e.target.value as GadgetConfig['grouping'] })}
          />
        </fieldset>
        <Checkbox
          name="includeExercises"
          label="Include exercises (tabletops and drills)"
          isChecked={config.includeExercises}
          onChange={(e) => set({ includeExercises: e.target.checked })}
        />
        <Checkbox name="hideNames" label="Hide names in hours per person" isChecked={config.hideNames} onChange={(e) => set({ hideNames: e.target.checked })} />
        <Text size="small" color="color.text.subtlest">
          Hiding names changes how this gadget looks; it is not an access control. Hours per person are shown only to the incident-response owner and responders
          named in the app settings and to people who administer these projects; everyone else sees the totals.
        </Text>
        <Checkbox
          name="siteRate"
          label="Cost work at the site's hourly rate (set in the app settings)"
          isChecked={config.hourlyRate === null}
          onChange={(e) => set(e.target.checked ? { hourlyRate: null, currency: null } : { hourlyRate: 80, currency: 'EUR' })}
        />
        {config.hourlyRate !== null && (
          <Inline space="space.100" alignBlock="end">
            <label>
              Hourly rate{' '}
              <Textfield
                type="number"
                name="hourlyRate"
                min={0}
                value={String(config.hourlyRate)}
                onChange={(e) => set({ hourlyRate: Number((e.target as HTMLInputElement).value) })}
              />
            </label>
            <label>
              Currency{' '}
              <Textfield
                name="currency"
                maxLength={3}
                value={config.currency ?? ''}
                onChange={(e) => set({ currency: (e.target as HTMLInputElement).value.toUpperCase() })}
              />
            </label>
          </Inline>
        )}
        <Stack space="space.050">
          <label htmlFor="refresh-minutes">Refresh automatically</label>
          <Select
            inputId="refresh-minutes"
            name="refreshMinutes"
            options={REFRESH_OPTIONS}
            value={REFRESH_OPTIONS.find((o) => o.value === config.refreshMinutes) ?? REFRESH_OPTIONS[0]}
            onChange={(o) => set({ refreshMinutes: o?.value ?? 0 })}
            testId="gadget-refresh"
          />
        </Stack>
        {error && (
          <Text color="color.text.danger" testId="gadget-editor-error">
            {error}
          </Text>
        )}
        <Inline space="space.100">
          <Button appearance="primary" type="submit" testId="gadget-save">
            Save
          </Button>
          <Button appearance="subtle" onClick={() => void view.close()}>
            Cancel
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
