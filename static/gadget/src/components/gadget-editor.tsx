import { requestJira, view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import { STATS_GROUPINGS, STATS_PERIODS } from '../../../../src/shared/stats-contract';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import type { Translate } from '../../../common/i18n/translate';
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

const refreshOptions = (t: Translate) =>
  REFRESH_CHOICES.map((m) => ({ value: m, label: m === 0 ? t('gadget.editor.refresh.never') : t('gadget.editor.refresh.every', { minutes: m }) }));

/** A project as Jira's pickers name it: "Security (SEC)". */
const projectLabel = (p: { key: string; name: string }) => `${p.name} (${p.key})`;

function problemsOf(c: GadgetConfig): MessageKey | null {
  if (c.projects.length === 0) return 'gadget.editor.problem.noProject';
  if (c.period === 'custom' && (!c.from || !c.to || c.from > c.to)) return 'gadget.editor.problem.dates';
  if (c.hourlyRate !== null && !(c.hourlyRate >= 0)) return 'gadget.editor.problem.rate';
  if (c.currency !== null && !/^[A-Z]{3}$/.test(c.currency)) return 'gadget.editor.problem.currency';
  return null;
}

/** The edit entry point: saves with view.submit, after which Jira shows the view again. */
export default function GadgetEditor({ initial }: { initial: GadgetConfig }) {
  const { t } = useT();
  const REFRESH_OPTIONS = refreshOptions(t);
  const [config, setConfig] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const projects = useBrowsableProjects();
  const set = (patch: Partial<GadgetConfig>) => setConfig((c) => ({ ...c, ...patch }));
  const toggle = (key: string, on: boolean) =>
    setConfig((c) => ({ ...c, projects: on ? [...new Set([...c.projects, key])] : c.projects.filter((p) => p !== key) }));
  const save = async () => {
    const problem = problemsOf(config);
    if (problem) return setError(t(problem));
    const { from, to, ...rest } = config;
    try {
      await view.submit(config.period === 'custom' ? { ...rest, from, to } : rest);
    } catch (e) {
      setError(e instanceof Error ? e.message : t('gadget.editor.saveFailed'));
    }
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), void save())} aria-label={t('gadget.editor.label')}>
      <Stack space="space.150">
        <fieldset>
          <legend>{t('gadget.editor.projects')}</legend>
          {projects === null ? (
            <Text>{t('gadget.editor.projectsLoading')}</Text>
          ) : (
            projects.map((p) => (
              <Checkbox
                key={p.key}
                name="projects"
                value={p.key}
                label={projectLabel(p)}
                isChecked={config.projects.includes(p.key)}
                onChange={(e) => toggle(p.key, e.target.checked)}
              />
            ))
          )}
        </fieldset>
        <fieldset>
          <legend>{t('gadget.editor.period')}</legend>
          <RadioGroup
            name="period"
            options={STATS_PERIODS.map((p) => ({ name: 'period', value: p, label: t(PERIOD_LABELS[p]) }))}
            value={config.period}
            onChange={(e) => set({ period: e.target.value as GadgetConfig['period'] })}
          />
          {config.period === 'custom' && (
            <Inline space="space.100">
              <label>
                {t('gadget.editor.from')}{' '}
                <Textfield type="date" name="from" value={config.from ?? ''} onChange={(e) => set({ from: (e.target as HTMLInputElement).value })} />
              </label>
              <label>
                {t('gadget.editor.to')}{' '}
                <Textfield type="date" name="to" value={config.to ?? ''} onChange={(e) => set({ to: (e.target as HTMLInputElement).value })} />
              </label>
            </Inline>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('gadget.editor.grouping')}</legend>
          <RadioGroup
            name="grouping"
            options={STATS_GROUPINGS.map((g) => ({ name: 'grouping', value: g, label: t(GROUPING_LABELS[g]) }))}
            value={config.grouping}
            onChange={(e) => set({ grouping: e.target.value as GadgetConfig['grouping'] })}
          />
        </fieldset>
        <Checkbox
          name="includeExercises"
          label={t('gadget.editor.includeExercises')}
          isChecked={config.includeExercises}
          onChange={(e) => set({ includeExercises: e.target.checked })}
        />
        <Checkbox name="hideNames" label={t('gadget.editor.hideNames')} isChecked={config.hideNames} onChange={(e) => set({ hideNames: e.target.checked })} />
        <Text size="small" color="color.text.subtlest">
          {t('gadget.editor.hideNamesNote')}
        </Text>
        <Checkbox
          name="siteRate"
          label={t('gadget.editor.siteRate')}
          isChecked={config.hourlyRate === null}
          onChange={(e) => set(e.target.checked ? { hourlyRate: null, currency: null } : { hourlyRate: 80, currency: 'EUR' })}
        />
        {config.hourlyRate !== null && (
          <Inline space="space.100" alignBlock="end">
            <label>
              {t('gadget.editor.hourlyRate')}{' '}
              <Textfield
                type="number"
                name="hourlyRate"
                min={0}
                value={String(config.hourlyRate)}
                onChange={(e) => set({ hourlyRate: Number((e.target as HTMLInputElement).value) })}
              />
            </label>
            <label>
              {t('gadget.editor.currency')}{' '}
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
          <label htmlFor="refresh-minutes">{t('gadget.editor.refresh.label')}</label>
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
            {t('gadget.editor.save')}
          </Button>
          <Button appearance="subtle" onClick={() => void view.close()}>
            {t('gadget.editor.cancel')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
