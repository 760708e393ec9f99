import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Field, ErrorMessage as FieldError, HelperMessage } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { ErrorMessage } from '../../../common/error-message';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { cellFor } from '../../../../src/shared/priority-matrix';
import { type CiaFlagsView, type IncidentEdit, type IncidentView, TEXT_LIMITS } from '../../../../src/shared/resolver-contract';
import { updateIncident } from '../api/incident-api';
import { labelOf } from './labels';
import { localizedCategory } from '../../../portal/src/portal-words';
import { PriorityMatrixGrid } from './priority-matrix-grid';
import { localizedMatrix } from './matrix-words';

type Option = { value: string; label: string };

interface Props {
  view: IncidentView;
  onSaved: (view: IncidentView) => void;
  onCancel: () => void;
  onReload: () => void;
}

const CIA_KEYS: Record<keyof CiaFlagsView, MessageKey> = {
  confidentiality: 'panel.editor.cia.confidentiality',
  integrity: 'panel.editor.cia.integrity',
  availability: 'panel.editor.cia.availability',
  authenticity: 'panel.editor.cia.authenticity',
};

/**
 * The priority calculator: impact and urgency with their descriptions, a live matrix that
 * highlights the chosen cell, the resulting level, an optional override with a required reason,
 * and the CIA(A) flags. The revision seen is sent, so a colleague's change is never overwritten.
 */
export default function IncidentEditor({ view, onSaved, onCancel, onReload }: Props) {
  const i18n = useT();
  const { t } = i18n;
  const { incident, settings } = view;
  const matrix = localizedMatrix(settings.matrix, i18n);
  const [draft, setDraft] = useState({
    category: incident.category,
    impact: incident.matrixChanged ? null : incident.impact,
    urgency: incident.matrixChanged ? null : incident.urgency,
    exercise: incident.exercise,
    cia: { ...incident.cia },
  });
  const [override, setOverride] = useState<{ on: boolean; level: string | null; reason: string }>({
    on: incident.override !== null,
    level: incident.override?.level ?? null,
    reason: incident.override?.reason ?? '',
  });
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);

  const computed = cellFor(matrix, draft.impact, draft.urgency);
  const effective = override.on ? override.level : (computed?.level ?? null);
  const categoryOptions: Option[] = settings.categories.map((c) => ({ value: c.id, label: localizedCategory(c, i18n).label }));
  const levelOptions: Option[] = matrix.levels.map((l) => ({ value: l.id, label: `${l.label}: ${l.description}` }));
  const overrideMissingReason = override.on && override.reason.trim().length < 3;

  const save = async () => {
    setSaving(true);
    setError(null);
    const edit: IncidentEdit = {
      expectedRevision: incident.revision,
      ...draft,
      override: override.on && override.level ? { level: override.level, reason: override.reason } : null,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    const result = await updateIncident(edit);
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setError(result.error);
  };

  const fieldError = (name: string) => (error?.fields?.[name] ? <FieldError>{error.fields[name]}</FieldError> : null);
  const axis = (name: 'impact' | 'urgency', label: string, choose: string) => {
    const levels = matrix[name];
    const chosen = levels.find((l) => l.id === draft[name]);
    return (
      <fieldset>
        <legend>
          <Text weight="semibold">{label}</Text>
        </legend>
        <RadioGroup
          name={name}
          options={[...levels].reverse().map((l) => ({ name, value: l.id, label: l.label, testId: `${name}-${l.id}` }))}
          value={draft[name]}
          onChange={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
        />
        <Text color="color.text.subtle" size="small">
          {chosen ? chosen.description : choose}
        </Text>
        {fieldError(name)}
      </fieldset>
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label={t('panel.editor.formLabel')}
    >
      <Stack space="space.150">
        <Heading size="small" as="h2">
          {t('panel.editor.heading')}
        </Heading>
        {error && <ErrorMessage error={error} action={error.code === 'CONFLICT' ? { text: t('panel.reload'), onClick: onReload } : undefined} />}
        <Field name="category" label={t('panel.field.category')}>
          {({ fieldProps }) => (
            <>
              <Select<Option>
                inputId={fieldProps.id}
                options={categoryOptions}
                isClearable
                value={categoryOptions.find((o) => o.value === draft.category) ?? null}
                onChange={(o) => setDraft({ ...draft, category: o?.value ?? null })}
              />
              {fieldError('category')}
            </>
          )}
        </Field>
        <Inline space="space.300" shouldWrap>
          {axis('impact', t('panel.editor.impact'), t('panel.editor.chooseImpact'))}
          {axis('urgency', t('panel.editor.urgency'), t('panel.editor.chooseUrgency'))}
        </Inline>
        <PriorityMatrixGrid
          matrix={matrix}
          impact={draft.impact}
          urgency={draft.urgency}
          onPick={(impact, urgency) => setDraft({ ...draft, impact, urgency })}
        />
        <Text size="small" color="color.text.subtle">
          {matrix.help}
        </Text>
        <Inline space="space.100" alignBlock="center">
          <Text weight="semibold">{t('panel.editor.result')}</Text>
          <Lozenge appearance={effective ? 'moved' : 'default'} isBold testId="calculated-priority">
            {effective ? labelOf(settings, 'priority', effective, i18n) : t('panel.value.notSet')}
          </Lozenge>
          {effective && settings.jiraPriorityByLevel[effective] && (
            <Text>{t('panel.editor.jiraPriority', { priority: settings.jiraPriorityByLevel[effective]! })}</Text>
          )}
        </Inline>
        <Checkbox
          label={t('panel.editor.override')}
          isChecked={override.on}
          onChange={(e) => setOverride({ ...override, on: e.target.checked, level: override.level ?? computed?.level ?? null })}
          testId="override-toggle"
        />
        {override.on && (
          <Stack space="space.100">
            <Field name="override-level" label={t('panel.editor.overrideLevel')}>
              {({ fieldProps }) => (
                <Select<Option>
                  inputId={fieldProps.id}
                  options={levelOptions}
                  value={levelOptions.find((o) => o.value === override.level) ?? null}
                  onChange={(o) => setOverride({ ...override, level: o?.value ?? null })}
                />
              )}
            </Field>
            <Field name="override-reason" label={t('panel.editor.overrideReason')} isRequired>
              {({ fieldProps }) => (
                <>
                  <Textfield
                    {...fieldProps}
                    value={override.reason}
                    maxLength={TEXT_LIMITS.reason}
                    onChange={(e) => setOverride({ ...override, reason: e.currentTarget.value })}
                    testId="override-reason"
                  />
                  {fieldError('override.reason') ?? fieldError('override')}
                </>
              )}
            </Field>
          </Stack>
        )}
        <fieldset>
          <legend>
            <Text weight="semibold">{t('panel.editor.cia.legend')}</Text>
          </legend>
          {(Object.keys(CIA_KEYS) as (keyof CiaFlagsView)[]).map((flag) => (
            <Checkbox
              key={flag}
              label={t(CIA_KEYS[flag])}
              isChecked={draft.cia[flag]}
              onChange={(e) => setDraft({ ...draft, cia: { ...draft.cia, [flag]: e.target.checked } })}
            />
          ))}
        </fieldset>
        <Checkbox label={t('panel.editor.exercise')} isChecked={draft.exercise} onChange={(e) => setDraft({ ...draft, exercise: e.target.checked })} />
        <Field name="reason" label={t('panel.editor.reason')}>
          {({ fieldProps }) => (
            <>
              <Textfield
                {...fieldProps}
                value={reason}
                maxLength={TEXT_LIMITS.reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                testId="change-reason"
              />
              <HelperMessage>{t('panel.editor.reasonHelp')}</HelperMessage>
              {fieldError('reason')}
            </>
          )}
        </Field>
        <Inline space="space.100">
          <Button
            appearance="primary"
            type="submit"
            isLoading={saving}
            isDisabled={overrideMissingReason || (override.on && !override.level)}
            testId="save-incident"
          >
            {t('panel.save')}
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={saving}>
            {t('panel.cancel')}
          </Button>
        </Inline>
        {overrideMissingReason && <Text color="color.text.warning">{t('panel.editor.overrideNeedsReason')}</Text>}
      </Stack>
    </form>
  );
}
