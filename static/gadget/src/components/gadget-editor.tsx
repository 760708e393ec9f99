import { view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import { useState } from 'react';
import { PERIODS, type GadgetConfig, type PeriodId } from '../gadget-config';

const PROJECT_KEYS = ['SEC', 'OPS'];

/** The edit entry point: saves with view.submit, after which Jira shows the view again. */
export default function GadgetEditor({ initial }: { initial: GadgetConfig }) {
  const [config, setConfig] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const toggle = (key: string, on: boolean) => setConfig({ ...config, projects: on ? [...config.projects, key] : config.projects.filter((p) => p !== key) });
  const save = async () => {
    if (config.projects.length === 0) return setError('Choose at least one project.');
    try {
      await view.submit(config);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save.');
    }
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), void save())} aria-label="Gadget settings">
      <Stack space="space.150">
        <fieldset>
          <legend>Projects</legend>
          {PROJECT_KEYS.map((key) => (
            <Checkbox key={key} label={key} isChecked={config.projects.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Period</legend>
          <RadioGroup options={PERIODS.map((p) => ({ name: 'period', value: p.id, label: p.label }))} value={config.period} onChange={(e) => setConfig({ ...config, period: e.target.value as PeriodId })} />
        </fieldset>
        {error && <Text color="color.text.danger">{error}</Text>}
        <Inline space="space.100">
          <Button appearance="primary" type="submit">
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
