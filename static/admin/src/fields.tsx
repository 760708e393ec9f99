/**
 * The settings page's form controls: Atlaskit's text field, text area, select and checkbox (dark
 * mode and focus rings from the design tokens), each labelled, with its problem beside it. Only the
 * sections import them, and the sections load when opened, so the page's first paint stays small.
 */
import { Checkbox } from '@atlaskit/checkbox';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useT } from '../../common/i18n/i18n-provider';

export { SectionProblems } from './section-problems';

interface FieldProps {
  label: string;
  help?: ReactNode;
  problem?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

export function Field({ label, help, problem, children }: FieldProps) {
  const id = useId();
  const describedBy = problem || help ? `${id}-desc` : undefined;
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {(problem || help) && (
        <span id={describedBy} className={problem ? 'problem' : 'help'} role={problem ? 'alert' : undefined}>
          {problem ?? help}
        </span>
      )}
    </div>
  );
}

export function TextInput({
  label,
  value,
  onChange,
  help,
  problem,
  testId,
  width = 320,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  help?: ReactNode;
  problem?: string;
  testId?: string;
  width?: number;
}) {
  return (
    <Field label={label} help={help} problem={problem}>
      {(id, d) => (
        <Textfield
          id={id}
          value={value}
          width={width}
          aria-describedby={d}
          isInvalid={Boolean(problem)}
          testId={testId}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A number field that keeps what is typed until it parses, so clearing it to retype is possible. */
export function NumberInput({
  label,
  value,
  onChange,
  help,
  problem,
  testId,
  min,
  step,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  help?: ReactNode;
  problem?: string;
  testId?: string;
  min?: number;
  step?: number;
}) {
  return (
    <Field label={label} help={help} problem={problem}>
      {(id, d) => (
        <Textfield
          id={id}
          type="number"
          value={Number.isFinite(value) ? value : ''}
          min={min}
          step={step ?? 1}
          width={120}
          aria-describedby={d}
          isInvalid={Boolean(problem)}
          testId={testId}
          onChange={(e) => onChange(e.currentTarget.value === '' ? Number.NaN : Number(e.currentTarget.value))}
        />
      )}
    </Field>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/**
 * Atlaskit's select for one value. `testId` names the wrapper; keyboard: focus, type part of a name
 * (or arrow down), Enter. Browser tests choose the same way (test/support/atlaskit-select.ts).
 */
export function ChoiceSelect<T extends string>({
  inputId,
  value,
  options,
  onChange,
  describedBy,
  label,
  invalid,
  testId,
  width = 240,
}: {
  inputId?: string;
  value: T;
  options: readonly Choice<T>[];
  onChange: (v: T) => void;
  describedBy?: string;
  /** For a select with no visible label of its own (a table cell). */
  label?: string;
  invalid?: boolean;
  testId?: string;
  width?: number;
}) {
  return (
    <div data-testid={testId} data-value={value} style={{ minWidth: width }}>
      <Select<Choice<T>>
        inputId={inputId}
        aria-label={label}
        aria-describedby={describedBy}
        isInvalid={invalid}
        options={options}
        value={options.find((o) => o.value === value) ?? null}
        onChange={(o) => o && onChange(o.value)}
        spacing="compact"
      />
    </div>
  );
}

export function SelectInput<T extends string>({
  label,
  value,
  options,
  onChange,
  help,
  problem,
  testId,
}: {
  label: string;
  value: T;
  options: readonly Choice<T>[];
  onChange: (v: T) => void;
  help?: ReactNode;
  problem?: string;
  testId?: string;
}) {
  return (
    <Field label={label} help={help} problem={problem}>
      {(id, d) => <ChoiceSelect inputId={id} value={value} options={options} onChange={onChange} describedBy={d} invalid={Boolean(problem)} testId={testId} />}
    </Field>
  );
}

/** Atlaskit's checkbox; its input carries `${testId}--hidden-checkbox` (Atlaskit's name for it). */
export function CheckboxInput({
  label,
  checked,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  testId?: string;
  disabled?: boolean;
}) {
  return <Checkbox label={label} isChecked={checked} isDisabled={disabled} testId={testId} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

const parseLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** A list of short values, one per line (group names, account ids, channels); blank lines are dropped. */
export function ListInput({
  label,
  values,
  onChange,
  help,
  problem,
  testId,
}: {
  label: string;
  values: string[];
  onChange: (v: string[]) => void;
  help?: ReactNode;
  problem?: string;
  testId?: string;
}) {
  const { t } = useT();
  const [text, setText] = useState(values.join('\n'));
  // Follow changes made elsewhere (a reload, a revert) without fighting the typist's blank lines.
  useEffect(() => {
    if (parseLines(text).join('\n') !== values.join('\n')) setText(values.join('\n'));
  }, [values.join('\n')]);
  return (
    <Field label={label} help={help ?? t('admin.fields.onePerLine')} problem={problem}>
      {(id, d) => (
        <div style={{ width: 320 }}>
          <TextArea
            id={id}
            minimumRows={3}
            value={text}
            aria-describedby={d}
            isInvalid={Boolean(problem)}
            testId={testId}
            onChange={(e) => {
              setText(e.currentTarget.value);
              onChange(parseLines(e.currentTarget.value));
            }}
          />
        </div>
      )}
    </Field>
  );
}
