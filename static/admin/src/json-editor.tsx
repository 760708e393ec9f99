import TextArea from '@atlaskit/textarea';
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n/i18n-provider';
import { Field } from './fields';

/**
 * Structured settings too rich for a form yet (custom legal rules, overrides, runbooks, report
 * templates), edited as JSON. Text that does not parse stays here with its error and never
 * reaches the draft; what parses is checked by the server on save like every other field.
 */
export function JsonEditor<T>({
  label,
  value,
  onChange,
  problem,
  help,
  testId,
}: {
  label: string;
  value: T;
  onChange: (v: T) => void;
  problem?: string;
  help?: string;
  testId?: string;
}) {
  const { t } = useT();
  const shown = JSON.stringify(value, null, 2);
  const [text, setText] = useState(shown);
  const [syntax, setSyntax] = useState<string | null>(null);
  useEffect(() => {
    setText((typed) => {
      try {
        return JSON.stringify(JSON.parse(typed)) === JSON.stringify(value) ? typed : shown;
      } catch {
        return typed;
      }
    });
  }, [shown, value]);
  return (
    <Field label={label} help={help} problem={syntax ?? problem}>
      {(id, d) => (
        <TextArea
          id={id}
          value={text}
          minimumRows={Math.min(30, text.split('\n').length + 1)}
          isMonospaced
          spellCheck={false}
          aria-describedby={d}
          isInvalid={Boolean(syntax || problem)}
          testId={testId}
          onChange={(e) => {
            setText(e.currentTarget.value);
            try {
              onChange(JSON.parse(e.currentTarget.value) as T);
              setSyntax(null);
            } catch (err) {
              setSyntax(t('admin.jsonEditor.invalid', { error: err instanceof Error ? err.message : t('admin.jsonEditor.parseError') }));
            }
          }}
        />
      )}
    </Field>
  );
}
