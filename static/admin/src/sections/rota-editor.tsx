// Atlaskit has no date-time picker installed here: its text field, with the browser's own date and time entry.
import Textfield from '@atlaskit/textfield';
import { Field, SelectInput, TextInput } from '../fields';
import { PeoplePicker } from '../people-picker';
import { onOrAfterWeekday } from '../zone-time';
import { RotaOverridesEditor, type RotaDoc } from './rota-overrides-editor';

export type { RotaDoc } from './rota-overrides-editor';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Every zone the browser knows, so a zone is picked, not typed; the rota's own stays listed even if unknown here. */
function zoneOptions(current: string): { value: string; label: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...zones])].map((z) => ({ value: z, label: z.replace(/_/g, ' ') }));
}

/** One rota: its name, zone and hand-off, the people in turn order, and the overrides. */
export function RotaEditor({
  rota,
  pathPrefix,
  problem,
  onChange,
  testId,
}: {
  rota: RotaDoc;
  pathPrefix: string;
  problem: (path: string) => string | undefined;
  onChange: (r: RotaDoc) => void;
  testId: string;
}) {
  const { handOff } = rota;
  // A weekly rota's first shift must fall on its weekday: moving the weekday moves the first shift with it.
  const setWeekday = (weekday: number) => onChange({ ...rota, handOff: { ...handOff, weekday }, startsOn: onOrAfterWeekday(rota.startsOn, weekday) });
  return (
    <div data-testid={testId}>
      <TextInput
        label="Name"
        value={rota.name}
        testId={`${testId}-name`}
        problem={problem(`${pathPrefix}.name`)}
        onChange={(name) => onChange({ ...rota, name })}
      />
      <SelectInput
        label="Time zone"
        value={rota.zone}
        options={zoneOptions(rota.zone)}
        testId={`${testId}-zone`}
        problem={problem(`${pathPrefix}.zone`)}
        help="The hand-off time is read in this zone, summer time included."
        onChange={(zone) => onChange({ ...rota, zone })}
      />
      <div className="row">
        <SelectInput
          label="Hand-off"
          value={handOff.every}
          options={[
            { value: 'week', label: 'Every week' },
            { value: 'day', label: 'Every day' },
          ]}
          testId={`${testId}-every`}
          onChange={(every) => (every === 'week' ? setWeekday(handOff.weekday ?? 1) : onChange({ ...rota, handOff: { every, at: handOff.at } }))}
        />
        {handOff.every === 'week' && (
          <SelectInput
            label="On"
            value={String(handOff.weekday ?? 1)}
            options={WEEKDAYS.map((label, i) => ({ value: String(i + 1), label }))}
            testId={`${testId}-weekday`}
            onChange={(v) => setWeekday(Number(v))}
          />
        )}
        <Field label="At" problem={problem(`${pathPrefix}.handOff.at`)}>
          {(id, d) => (
            <Textfield
              id={id}
              type="time"
              width={140}
              value={handOff.at}
              aria-describedby={d}
              isInvalid={Boolean(problem(`${pathPrefix}.handOff.at`))}
              testId={`${testId}-at`}
              onChange={(e) => onChange({ ...rota, handOff: { ...handOff, at: e.currentTarget.value } })}
            />
          )}
        </Field>
        <Field label="First shift" problem={problem(`${pathPrefix}.startsOn`)}>
          {(id, d) => (
            <Textfield
              id={id}
              type="date"
              width={180}
              value={rota.startsOn}
              aria-describedby={d}
              isInvalid={Boolean(problem(`${pathPrefix}.startsOn`))}
              testId={`${testId}-starts-on`}
              onChange={(e) => onChange({ ...rota, startsOn: e.currentTarget.value })}
            />
          )}
        </Field>
      </div>
      <PeoplePicker
        label="Primary, in turn"
        value={rota.primary}
        testId={`${testId}-primary`}
        problem={problem(`${pathPrefix}.primary`)}
        help="The first person takes the first shift, the next the one after, and so on round. Paged first."
        onChange={(primary) => onChange({ ...rota, primary })}
      />
      <PeoplePicker
        label="Secondary, in turn"
        value={rota.secondary}
        testId={`${testId}-secondary`}
        problem={problem(`${pathPrefix}.secondary`)}
        help="Paged when the primary does not acknowledge in time. Can be left empty."
        onChange={(secondary) => onChange({ ...rota, secondary })}
      />
      <RotaOverridesEditor
        rota={rota}
        pathPrefix={pathPrefix}
        problem={problem}
        testId={`${testId}-overrides`}
        onChange={(overrides) => onChange({ ...rota, overrides })}
      />
    </div>
  );
}
