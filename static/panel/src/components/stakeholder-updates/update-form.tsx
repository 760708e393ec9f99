import { Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import { useId } from 'react';
import { UPDATE_STATUSES, type UpdateStatus } from '../../../../../src/shared/stakeholder-update-words';
import { useT } from '../../../../common/i18n/i18n-provider';
import { formatTime } from '../labels';
import { durationValues, UPDATE_STATUS_KEYS } from './update-words';

export interface UpdateDraft {
  status: UpdateStatus;
  known: string;
  doing: string;
  need: string;
  /** Minutes from now to the next update. */
  nextInMinutes: number;
}

const NEXT_CHOICES = [10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 480, 1440];

/** The choices for the next update: no later than the level's cadence (any, up to a day, without one). */
export const nextChoices = (cadenceMinutes: number | null) => NEXT_CHOICES.filter((m) => cadenceMinutes === null || m <= cadenceMinutes);

const LIMIT = 2000;

interface Props {
  draft: UpdateDraft;
  onChange: (draft: UpdateDraft) => void;
  cadenceMinutes: number | null;
  /** The next update's time as it would be sent now, and the viewer's zone to say it in. */
  nextUpdateAt: string;
  timeZone: string;
  fieldErrors: Record<string, string>;
  isDisabled: boolean;
}

/** The update as the commander writes it: where it stands, what we know, do and need, and when the next comes. */
export function UpdateForm({ draft, onChange, cadenceMinutes, nextUpdateAt, timeZone, fieldErrors, isDisabled }: Props) {
  const { t, locale } = useT();
  const STATUS_OPTIONS = UPDATE_STATUSES.map((s) => ({ value: s, label: t(UPDATE_STATUS_KEYS[s]) }));
  const ids = { status: useId(), known: useId(), doing: useId(), need: useId(), next: useId() };
  const area = (key: 'known' | 'doing' | 'need', label: string, rows: number) => (
    <Stack space="space.050">
      <label htmlFor={ids[key]}>
        <Text weight="semibold">{label}</Text>
      </label>
      <TextArea
        id={ids[key]}
        value={draft[key]}
        minimumRows={rows}
        maxHeight="14em"
        isDisabled={isDisabled}
        isInvalid={Boolean(fieldErrors[key])}
        onChange={(e) => onChange({ ...draft, [key]: e.currentTarget.value.slice(0, LIMIT) })}
        testId={`stakeholder-update-${key}`}
      />
      {fieldErrors[key] && <Text color="color.text.danger">{fieldErrors[key]}</Text>}
    </Stack>
  );
  const nextOptions = nextChoices(cadenceMinutes).map((m) => ({ value: m, label: t('panel.stakeholderUpdates.form.nextIn', durationValues(m)) }));
  const by = formatTime(nextUpdateAt, timeZone, locale);
  return (
    <Stack space="space.150">
      <Stack space="space.050">
        <label htmlFor={ids.status}>
          <Text weight="semibold">{t('panel.stakeholderUpdates.form.status')}</Text>
        </label>
        <div data-testid="stakeholder-update-status">
          <Select
            inputId={ids.status}
            options={STATUS_OPTIONS}
            value={STATUS_OPTIONS.find((o) => o.value === draft.status)}
            isDisabled={isDisabled}
            onChange={(o) => o && onChange({ ...draft, status: o.value })}
          />
        </div>
      </Stack>
      {area('known', t('panel.stakeholderUpdates.form.known'), 3)}
      {area('doing', t('panel.stakeholderUpdates.form.doing'), 3)}
      {area('need', t('panel.stakeholderUpdates.form.need'), 2)}
      <Stack space="space.050">
        <label htmlFor={ids.next}>
          <Text weight="semibold">{t('panel.stakeholderUpdates.form.next')}</Text>
        </label>
        <div data-testid="stakeholder-update-next">
          <Select
            inputId={ids.next}
            options={nextOptions}
            value={nextOptions.find((o) => o.value === draft.nextInMinutes)}
            isDisabled={isDisabled}
            onChange={(o) => o && onChange({ ...draft, nextInMinutes: o.value })}
          />
        </div>
        <Text size="small" color="color.text.subtle">
          {cadenceMinutes !== null
            ? t('panel.stakeholderUpdates.form.byWithCadence', { when: by, ...durationValues(cadenceMinutes) })
            : t('panel.stakeholderUpdates.form.by', { when: by })}
        </Text>
        {fieldErrors.nextUpdateAt && <Text color="color.text.danger">{fieldErrors.nextUpdateAt}</Text>}
      </Stack>
    </Stack>
  );
}
