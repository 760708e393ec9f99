import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Field, ErrorMessage as FieldError } from '@atlaskit/form';
import { Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { useState } from 'react';
import { ErrorMessage } from '../../../common/error-message';
import type { ErrorBody } from '../../../../src/shared/envelope';
import type { IncidentEdit, IncidentView } from '../../../../src/shared/resolver-contract';
import { IMPACT_LEVELS, INCIDENT_CATEGORIES, URGENCY_LEVELS } from '../../../../src/shared/vocabulary';
import { updateIncident } from '../api/incident-api';

type Option = { value: string; label: string };
const options = (items: readonly { id: string; label: string }[]): Option[] => items.map((i) => ({ value: i.id, label: i.label }));
const CATEGORY_OPTIONS = options(INCIDENT_CATEGORIES);
const IMPACT_OPTIONS = options(IMPACT_LEVELS);
const URGENCY_OPTIONS = options(URGENCY_LEVELS);

interface Props {
  view: IncidentView;
  onSaved: (view: IncidentView) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Edits the classification; the revision seen is sent so a colleague's change is never overwritten. */
export default function IncidentEditor({ view, onSaved, onCancel, onReload }: Props) {
  const [draft, setDraft] = useState({ category: view.incident.category, impact: view.incident.impact, urgency: view.incident.urgency, exercise: view.incident.exercise });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    const edit: IncidentEdit = { expectedRevision: view.incident.revision, ...draft };
    const result = await updateIncident(edit);
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setError(result.error);
  };

  const selectField = (name: 'category' | 'impact' | 'urgency', label: string, opts: Option[]) => (
    <Field name={name} label={label}>
      {({ fieldProps }) => (
        <>
          <Select<Option>
            inputId={fieldProps.id}
            options={opts}
            isClearable
            value={opts.find((o) => o.value === draft[name]) ?? null}
            onChange={(o) => setDraft({ ...draft, [name]: (o?.value ?? null) as never })}
          />
          {error?.fields?.[name] && <FieldError>{error.fields[name]}</FieldError>}
        </>
      )}
    </Field>
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label="Edit incident classification"
    >
      <Stack space="space.100">
        {error && <ErrorMessage error={error} action={error.code === 'CONFLICT' ? { text: 'Reload', onClick: onReload } : undefined} />}
        {selectField('category', 'Category', CATEGORY_OPTIONS)}
        {selectField('impact', 'Impact', IMPACT_OPTIONS)}
        {selectField('urgency', 'Urgency', URGENCY_OPTIONS)}
        <Checkbox label="This is an exercise" isChecked={draft.exercise} onChange={(e) => setDraft({ ...draft, exercise: e.target.checked })} />
        <Inline space="space.100">
          <Button appearance="primary" type="submit" isLoading={saving}>
            Save
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={saving}>
            Cancel
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
