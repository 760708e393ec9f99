import { Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import { useId } from 'react';
import { zonedTimeInWords } from '../../../../../src/shared/time-in-words';
import { UPDATE_STATUSES, UPDATE_STATUS_WORDS, type UpdateStatus } from '../../../../../src/shared/stakeholder-update-words';

export interface UpdateDraft {
  status: UpdateStatus;
  known: string;
  doing: string;
  need: string;
  /** Minutes from now to the next update. */
  nextInMinutes: number;
}

const STATUS_OPTIONS = UPDATE_STATUSES.map((s) => ({ value: s, label: UPDATE_STATUS_WORDS[s] }));
const NEXT_CHOICES = [10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 480, 1440];
const inWords = (m: number) =>
  m < 60 ? `In ${m} minutes` : m === 60 ? 'In 1 hour' : m % 60 === 0 ? `In ${m / 60} hours` : `In ${Math.floor(m / 60)} h ${m % 60} min`;

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
  const nextOptions = nextChoices(cadenceMinutes).map((m) => ({ value: m, label: inWords(m) }));
  return (
    <Stack space="space.150">
      <Stack space="space.050">
        <label htmlFor={ids.status}>
          <Text weight="semibold">Status</Text>
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
      {area('known', 'What we know', 3)}
      {area('doing', 'What we are doing', 3)}
      {area('need', 'What we need from stakeholders (optional)', 2)}
      <Stack space="space.050">
        <label htmlFor={ids.next}>
          <Text weight="semibold">Next update</Text>
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
          {`By ${zonedTimeInWords(nextUpdateAt, timeZone)}`}
          {cadenceMinutes !== null ? `; this level asks for an update at least every ${inWords(cadenceMinutes).slice(3)}.` : '.'}
        </Text>
        {fieldErrors.nextUpdateAt && <Text color="color.text.danger">{fieldErrors.nextUpdateAt}</Text>}
      </Stack>
    </Stack>
  );
}
