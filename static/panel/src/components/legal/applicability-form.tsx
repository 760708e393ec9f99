import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { useT } from '../../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../../common/i18n/message-key';
import { ErrorMessage } from '../../../../common/error-message';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import { DATA_TYPES, RESIDENCES } from '../../../../../src/shared/legal-vocabulary';
import { DATA_TYPE_KEYS, RESIDENCE_KEYS } from './legal-words';
import type { IncidentView, LegalAnswersView, LegalRecordAction, TriView } from '../../../../../src/shared/resolver-contract';

const TRI: { value: string; label: MessageKey }[] = [
  { value: 'yes', label: 'panel.value.yes' },
  { value: 'no', label: 'panel.value.no' },
  { value: 'unsure', label: 'panel.legal.answersForm.notSureYet' },
];
const RISK: { value: string; label: MessageKey }[] = [
  { value: 'none', label: 'panel.legal.answersForm.risk.none' },
  { value: 'risk', label: 'panel.legal.answersForm.risk.risk' },
  { value: 'high', label: 'panel.legal.answersForm.risk.high' },
  { value: 'unsure', label: 'panel.legal.answersForm.notSureYet' },
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
  const { t } = useT();
  const tri = TRI.map((o) => ({ value: o.value, label: t(o.label) }));
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
        <legend>{t('panel.legal.answersForm.personalData')}</legend>
        <RadioGroup
          name="personal-data"
          options={tri}
          value={answers.personalData ?? undefined}
          onChange={(e) => set({ personalData: e.currentTarget.value as TriView })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('panel.legal.answersForm.risk.legend')}</legend>
        <RadioGroup
          name="risk"
          options={RISK.map((o) => ({ value: o.value, label: t(o.label) }))}
          value={answers.risk ?? undefined}
          onChange={(e) => set({ risk: e.currentTarget.value as LegalAnswersView['risk'] })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('panel.legal.answersForm.where')}</legend>
        <Inline space="space.100" shouldWrap>
          {RESIDENCES.map((r) => (
            <Checkbox
              key={r}
              name={`residence-${r}`}
              label={t(RESIDENCE_KEYS[r])}
              isChecked={answers.residences.includes(r)}
              onChange={(e) => set({ residences: e.currentTarget.checked ? [...answers.residences, r] : answers.residences.filter((x) => x !== r) })}
            />
          ))}
        </Inline>
        <Checkbox
          name="residences-complete"
          label={t('panel.legal.answersForm.everywhere')}
          isChecked={answers.residencesComplete}
          onChange={(e) => set({ residencesComplete: e.currentTarget.checked })}
        />
      </fieldset>
      <fieldset>
        {/* The encryption safe harbour of most US state laws: unanswered counts as not claimed (the organisation must show it). */}
        <legend>{t('panel.legal.answersForm.encrypted')}</legend>
        <RadioGroup
          name="encrypted"
          options={tri}
          value={answers.encrypted ?? undefined}
          onChange={(e) => set({ encrypted: e.currentTarget.value as TriView })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('panel.legal.answersForm.dataKinds')}</legend>
        <Stack space="space.050">
          {DATA_TYPES.map((type) => (
            <Inline key={type} space="space.100" alignBlock="center" shouldWrap>
              <Text>{t(DATA_TYPE_KEYS[type])}</Text>
              <RadioGroup
                name={`data-${type}`}
                options={tri}
                value={answers.dataTypes[type]}
                onChange={(e) => set({ dataTypes: { ...answers.dataTypes, [type]: e.currentTarget.value as TriView } })}
              />
            </Inline>
          ))}
        </Stack>
      </fieldset>
      <label>
        {t('panel.legal.answersForm.total')}
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
          {t('panel.legal.answersForm.save')}
        </Button>
        <Button onClick={onClose}>{t('panel.cancel')}</Button>
      </Inline>
    </Stack>
  );
}
