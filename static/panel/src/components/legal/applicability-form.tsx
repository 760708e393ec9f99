import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { ErrorMessage } from '../../../../common/error-message';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import { DATA_TYPE_LABELS, DATA_TYPES, ENCRYPTED_QUESTION, RESIDENCE_LABELS, RESIDENCES } from '../../../../../src/shared/legal-vocabulary';
import type { IncidentView, LegalAnswersView, LegalRecordAction, TriView } from '../../../../../src/shared/resolver-contract';

const TRI = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure yet' },
];
const RISK = [
  { value: 'none', label: 'Unlikely to result in a risk' },
  { value: 'risk', label: 'A risk' },
  { value: 'high', label: 'A high risk (serious harm likely)' },
  { value: 'unsure', label: 'Not sure yet' },
];

/**
 * The questions that decide which regimes apply. "Not sure yet" keeps a rule on screen as
 * possible rather than hiding it; answers are recorded with who and when.
 */
export function ApplicabilityForm({
  view,
  onRecord,
  onClose,
}: {
  view: IncidentView;
  onRecord: (a: LegalRecordAction) => Promise<ErrorBody | null>;
  onClose: () => void;
}) {
  const [answers, setAnswers] = useState<LegalAnswersView>(view.legal.answers);
  const [error, setError] = useState<ErrorBody | null>(null);
  const set = (patch: Partial<LegalAnswersView>) => setAnswers((a) => ({ ...a, ...patch }));
  const save = async () => {
    const problem = await onRecord({ expectedRevision: view.incident.revision, action: 'answer', answers });
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Stack space="space.150" testId="legal-answers-form">
      <fieldset>
        <legend>Is personal data involved?</legend>
        <RadioGroup
          name="personal-data"
          options={TRI}
          value={answers.personalData ?? undefined}
          onChange={(e) => set({ personalData: e.currentTarget.value as TriView })}
        />
      </fieldset>
      <fieldset>
        <legend>Risk to the people affected</legend>
        <RadioGroup
          name="risk"
          options={RISK}
          value={answers.risk ?? undefined}
          onChange={(e) => set({ risk: e.currentTarget.value as LegalAnswersView['risk'] })}
        />
      </fieldset>
      <fieldset>
        <legend>Where do the affected people live?</legend>
        <Inline space="space.100" shouldWrap>
          {RESIDENCES.map((r) => (
            <Checkbox
              key={r}
              name={`residence-${r}`}
              label={RESIDENCE_LABELS[r]}
              isChecked={answers.residences.includes(r)}
              onChange={(e) => set({ residences: e.currentTarget.checked ? [...answers.residences, r] : answers.residences.filter((x) => x !== r) })}
            />
          ))}
        </Inline>
        <Checkbox
          name="residences-complete"
          label="That is everywhere: no other places"
          isChecked={answers.residencesComplete}
          onChange={(e) => set({ residencesComplete: e.currentTarget.checked })}
        />
      </fieldset>
      <fieldset>
        {/* The encryption safe harbour of most US state laws: unanswered counts as not claimed (the organisation must show it). */}
        <legend>{ENCRYPTED_QUESTION}</legend>
        <RadioGroup
          name="encrypted"
          options={TRI}
          value={answers.encrypted ?? undefined}
          onChange={(e) => set({ encrypted: e.currentTarget.value as TriView })}
        />
      </fieldset>
      <fieldset>
        <legend>Kinds of data</legend>
        <Stack space="space.050">
          {DATA_TYPES.map((t) => (
            <Inline key={t} space="space.100" alignBlock="center" shouldWrap>
              <Text>{DATA_TYPE_LABELS[t]}</Text>
              <RadioGroup
                name={`data-${t}`}
                options={TRI}
                value={answers.dataTypes[t]}
                onChange={(e) => set({ dataTypes: { ...answers.dataTypes, [t]: e.currentTarget.value as TriView } })}
              />
            </Inline>
          ))}
        </Stack>
      </fieldset>
      <label>
        People affected in total (thresholds such as HIPAA's 500 use it; leave empty if unknown)
        <Textfield
          type="number"
          min={0}
          value={answers.affected.total ?? ''}
          onChange={(e) => {
            const { total: _drop, ...rest } = answers.affected;
            const n = e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value);
            set({ affected: n === undefined || !Number.isFinite(n) ? rest : { ...rest, total: n } });
          }}
          testId="legal-affected-total"
        />
      </label>
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void save()} testId="legal-answers-save">
          Save answers
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </Inline>
    </Stack>
  );
}
