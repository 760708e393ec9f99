import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import type { RecordResponse } from './record-response';
import { formatTime } from '../labels';

/** The category's runbook as a checklist; each tick goes into the timeline with who and when. */
export function RunbookChecklist({
  view,
  names,
  timeZone,
  canEdit,
  onRecord,
}: {
  view: IncidentView;
  names: Record<string, string>;
  timeZone: string;
  canEdit: boolean;
  onRecord: RecordResponse;
}) {
  const { t, locale } = useT();
  const runbook = view.response.runbook!;
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const done = runbook.steps.filter((s) => s.done).length;
  const toggle = async (stepId: string, next: boolean) => {
    setBusy(stepId);
    setError(await onRecord({ expectedRevision: view.incident.revision, action: 'tick', runbookId: runbook.id, stepId, done: next }));
    setBusy(null);
  };
  return (
    <Stack space="space.050" testId="response-runbook">
      <Heading size="xxsmall" as="h4">
        {t('panel.response.runbook.heading', { title: runbook.title, done, total: runbook.steps.length })}
      </Heading>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {runbook.steps.map((s) => (
          <li key={s.id}>
            <Checkbox
              isChecked={s.done}
              isDisabled={!canEdit || busy !== null}
              onChange={(e) => void toggle(s.id, e.currentTarget.checked)}
              testId={`runbook-step-${s.id}`}
              label={
                <span>
                  {s.text}
                  {s.done && s.by && s.at && (
                    <Text size="small" color="color.text.subtle">
                      {' '}
                      {t('panel.response.runbook.ticked', {
                        known: names[s.by] ? 'yes' : 'no',
                        name: names[s.by] ?? '',
                        when: formatTime(s.at, timeZone, locale),
                      })}
                    </Text>
                  )}
                </span>
              }
            />
          </li>
        ))}
      </ul>
      {error && <ErrorMessage error={error} />}
    </Stack>
  );
}
