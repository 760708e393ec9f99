// Atlaskit has no date-time picker installed here: its text field, with the browser's own date and time entry.
import Textfield from '@atlaskit/textfield';
import { useT } from '../../../common/i18n/i18n-provider';
import { Field, SelectInput, TextInput } from '../fields';
import { PeoplePicker } from '../people-picker';
import { onOrAfterWeekday } from '../zone-time';
import { RotaOverridesEditor, type RotaDoc } from './rota-overrides-editor';

export type { RotaDoc } from './rota-overrides-editor';

/**
 * An ISO weekday's name (1 Monday to 7 Sunday) in the viewer's language, from Intl, begun with a capital as a label is.
 * @example weekdayName('de-DE', 1) // 'Montag'
 */
export function weekdayName(locale: string, isoWeekday: number): string {
  // 2024-01-01 was a Monday.
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, isoWeekday));
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

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
  const { t, locale } = useT();
  const { handOff } = rota;
  // A weekly rota's first shift must fall on its weekday: moving the weekday moves the first shift with it.
  const setWeekday = (weekday: number) => onChange({ ...rota, handOff: { ...handOff, weekday }, startsOn: onOrAfterWeekday(rota.startsOn, weekday) });
  return (
    <div data-testid={testId}>
      <TextInput
        label={t('admin.rota.name')}
        value={rota.name}
        testId={`${testId}-name`}
        problem={problem(`${pathPrefix}.name`)}
        onChange={(name) => onChange({ ...rota, name })}
      />
      <SelectInput
        label={t('admin.rota.zone.label')}
        value={rota.zone}
        options={zoneOptions(rota.zone)}
        testId={`${testId}-zone`}
        problem={problem(`${pathPrefix}.zone`)}
        help={t('admin.rota.zone.help')}
        onChange={(zone) => onChange({ ...rota, zone })}
      />
      <div className="row">
        <SelectInput
          label={t('admin.rota.handOff.label')}
          value={handOff.every}
          options={[
            { value: 'week', label: t('admin.rota.handOff.everyWeek') },
            { value: 'day', label: t('admin.rota.handOff.everyDay') },
          ]}
          testId={`${testId}-every`}
          onChange={(every) => (every === 'week' ? setWeekday(handOff.weekday ?? 1) : onChange({ ...rota, handOff: { every, at: handOff.at } }))}
        />
        {handOff.every === 'week' && (
          <SelectInput
            label={t('admin.rota.handOff.weekday')}
            value={String(handOff.weekday ?? 1)}
            options={[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: weekdayName(locale, n) }))}
            testId={`${testId}-weekday`}
            onChange={(v) => setWeekday(Number(v))}
          />
        )}
        <Field label={t('admin.rota.handOff.at')} problem={problem(`${pathPrefix}.handOff.at`)}>
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
        <Field label={t('admin.rota.startsOn')} problem={problem(`${pathPrefix}.startsOn`)}>
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
        label={t('admin.rota.primary.label')}
        value={rota.primary}
        testId={`${testId}-primary`}
        problem={problem(`${pathPrefix}.primary`)}
        help={t('admin.rota.primary.help')}
        onChange={(primary) => onChange({ ...rota, primary })}
      />
      <PeoplePicker
        label={t('admin.rota.secondary.label')}
        value={rota.secondary}
        testId={`${testId}-secondary`}
        problem={problem(`${pathPrefix}.secondary`)}
        help={t('admin.rota.secondary.help')}
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
