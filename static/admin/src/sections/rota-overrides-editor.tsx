import Textfield from '@atlaskit/textfield';
import { useT } from '../../../common/i18n/i18n-provider';
import { Field, SelectInput, TextInput } from '../fields';
import { PeoplePicker } from '../people-picker';
import { isoToWallTime, wallTimeToIso } from '../zone-time';
import { useZoneInWords } from './rota-preview';
import type { SettingsDocument } from '../../../../src/shared/resolver-contract';

/** One rota as the settings document holds it (declared here, where rota-editor.tsx imports it from). */
export type RotaDoc = SettingsDocument['oncall']['rotas'][number];

type OverrideDoc = RotaDoc['overrides'][number];

/** A local date and time in the rota's zone, stored as an instant with its offset. */
function WallTimeInput({
  label,
  value,
  zone,
  onChange,
  problem,
  testId,
}: {
  label: string;
  value: string;
  zone: string;
  onChange: (iso: string) => void;
  problem?: string;
  testId: string;
}) {
  return (
    <Field label={label} problem={problem}>
      {(id, d) => (
        <Textfield
          id={id}
          type="datetime-local"
          width={240}
          value={isoToWallTime(value, zone)}
          aria-describedby={d}
          isInvalid={Boolean(problem)}
          testId={testId}
          onChange={(e) => onChange(wallTimeToIso(e.currentTarget.value, zone) ?? '')}
        />
      )}
    </Field>
  );
}

/** Swaps, holidays, sick days: someone else holds a role for a while; overrides win over the turn order. */
export function RotaOverridesEditor({
  rota,
  pathPrefix,
  problem,
  onChange,
  testId,
}: {
  rota: RotaDoc;
  pathPrefix: string;
  problem: (path: string) => string | undefined;
  onChange: (overrides: OverrideDoc[]) => void;
  testId: string;
}) {
  const { t } = useT();
  const zoneInWords = useZoneInWords();
  const set = (i: number, change: Partial<OverrideDoc>) => onChange(rota.overrides.map((o, k) => (k === i ? { ...o, ...change } : o)));
  const at = (i: number, field: string) =>
    problem(`${pathPrefix}.overrides.${i}.${field}`) ?? (field === 'accountId' ? problem(`${pathPrefix}.overrides.${i}`) : undefined);
  return (
    <fieldset className="settings-fieldset" data-testid={testId}>
      <legend>{t('admin.rota.overrides.legend')}</legend>
      <p className="help">{t('admin.rota.overrides.help', { zone: zoneInWords(rota.zone) })}</p>
      {rota.overrides.map((o, i) => (
        <div key={i} className="row" style={{ alignItems: 'start' }} data-testid={`${testId}-${i}`}>
          <PeoplePicker
            label={t('admin.rota.overrides.person')}
            value={o.accountId ? [o.accountId] : []}
            testId={`${testId}-${i}-person`}
            problem={at(i, 'accountId')}
            onChange={(ids) => set(i, { accountId: ids.at(-1) ?? '' })}
          />
          <SelectInput
            label={t('admin.rota.overrides.role')}
            value={o.role}
            options={[
              { value: 'primary', label: t('admin.rota.overrides.primary') },
              { value: 'secondary', label: t('admin.rota.overrides.secondary') },
            ]}
            onChange={(role) => set(i, { role })}
          />
          <WallTimeInput
            label={t('admin.rota.overrides.from')}
            value={o.from}
            zone={rota.zone}
            problem={at(i, 'from')}
            testId={`${testId}-${i}-from`}
            onChange={(from) => set(i, { from })}
          />
          <WallTimeInput
            label={t('admin.rota.overrides.until')}
            value={o.to}
            zone={rota.zone}
            problem={at(i, 'to')}
            testId={`${testId}-${i}-to`}
            onChange={(to) => set(i, { to })}
          />
          <TextInput
            label={t('admin.rota.overrides.reason')}
            value={o.reason}
            width={200}
            problem={at(i, 'reason')}
            onChange={(reason) => set(i, { reason })}
          />
          <button type="button" onClick={() => onChange(rota.overrides.filter((_, k) => k !== i))}>
            {t('admin.rota.overrides.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid={`${testId}-add`}
        onClick={() => onChange([...rota.overrides, { from: '', to: '', role: 'primary', accountId: '', reason: '' }])}
      >
        {t('admin.rota.overrides.add')}
      </button>
    </fieldset>
  );
}
