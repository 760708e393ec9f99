/** The settings page's form controls: native elements (light to load), labelled, with their problems beside them. */
import { useEffect, useId, useState, type ReactNode } from 'react';

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
        <input
          id={id}
          type="text"
          value={value}
          style={{ width }}
          aria-describedby={d}
          aria-invalid={problem ? true : undefined}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
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
        <input
          id={id}
          type="number"
          value={Number.isFinite(value) ? value : ''}
          min={min}
          step={step ?? 1}
          style={{ width: 120 }}
          aria-describedby={d}
          aria-invalid={problem ? true : undefined}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
      )}
    </Field>
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
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  help?: ReactNode;
  problem?: string;
  testId?: string;
}) {
  return (
    <Field label={label} help={help} problem={problem}>
      {(id, d) => (
        <select
          id={id}
          value={value}
          aria-describedby={d}
          aria-invalid={problem ? true : undefined}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxInput({ label, checked, onChange, testId }: { label: string; checked: boolean; onChange: (v: boolean) => void; testId?: string }) {
  return (
    <label className="row" style={{ fontWeight: 400 }}>
      <input type="checkbox" checked={checked} data-testid={testId} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
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
  const [text, setText] = useState(values.join('\n'));
  // Follow changes made elsewhere (a reload, a revert) without fighting the typist's blank lines.
  useEffect(() => {
    if (parseLines(text).join('\n') !== values.join('\n')) setText(values.join('\n'));
  }, [values.join('\n')]);
  return (
    <Field label={label} help={help ?? 'One per line.'} problem={problem}>
      {(id, d) => (
        <textarea
          id={id}
          style={{ minHeight: 64, width: 320, fontFamily: 'inherit' }}
          value={text}
          aria-describedby={d}
          aria-invalid={problem ? true : undefined}
          data-testid={testId}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseLines(e.target.value));
          }}
        />
      )}
    </Field>
  );
}

/** Problems found by the last save for one section, with where each is. */
export function SectionProblems({ problems }: { problems: [string, string][] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert" data-testid="section-problems">
      <strong>Fix these before saving:</strong>
      <ul>
        {problems.map(([path, message]) => (
          <li key={path}>
            {message} <span className="muted">({path || 'settings'})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
