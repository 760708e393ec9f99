import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { useT } from '../../../../common/i18n/i18n-provider';
import { ErrorMessage } from '../../../../common/error-message';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import { TRIGGER_KEYS, type TriggerKeyView } from '../../../../../src/shared/legal-vocabulary';
import type { IncidentView, LegalRecordAction } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { TRIGGER_LABEL_KEYS } from './legal-words';
import { isoToZonedInput, zonedInputToIso } from './zoned-time';

/**
 * Records when a clock-start trigger happened, in the viewer's time zone. A trigger already
 * recorded is corrected by a new entry with a reason, never overwritten.
 */
export function ClockStartForm({
  view,
  timeZone,
  onRecord,
  onClose,
  preset,
}: {
  view: IncidentView;
  timeZone: string;
  onRecord: (a: LegalRecordAction) => Promise<ErrorBody | null>;
  onClose: () => void;
  /** The start a question's "yes" records (e.g. aware the incident is significant under NIS2). */
  preset?: TriggerKeyView | null;
}) {
  const { t } = useT();
  // Triggers the listed clocks wait for come first.
  const wanted = new Set(view.legal.obligations.filter((o) => o.state === 'waiting' && o.startTrigger).map((o) => o.startTrigger!));
  const options = [...TRIGGER_KEYS].sort((a, b) => Number(wanted.has(b)) - Number(wanted.has(a))).map((k) => ({ value: k, label: t(TRIGGER_LABEL_KEYS[k]) }));
  const [trigger, setTrigger] = useState<{ value: TriggerKeyView; label: string }>(options.find((o) => o.value === preset) ?? options[0]!);
  const [at, setAt] = useState(isoToZonedInput(new Date().toISOString(), timeZone));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const current = view.legal.starts.find((s) => s.trigger === trigger.value && s.current);
  const save = async () => {
    const instant = zonedInputToIso(at, timeZone);
    if (!instant) return setError({ code: 'VALIDATION_FAILED', message: t('panel.legal.startForm.missingTime') });
    const problem = await onRecord({
      expectedRevision: view.incident.revision,
      action: 'start',
      trigger: trigger.value,
      at: instant,
      timeZone,
      ...(reason ? { reason } : {}),
      ...(current ? { corrects: current.id } : {}),
    });
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Stack space="space.100" testId="legal-start-form">
      <Select inputId="legal-trigger" aria-label={t('panel.legal.startForm.what')} options={options} value={trigger} onChange={(o) => o && setTrigger(o)} />
      <label>
        {t('panel.legal.startForm.when', { zone: timeZone })}
        <Textfield type="datetime-local" value={at} onChange={(e) => setAt(e.currentTarget.value)} testId="legal-start-at" />
      </label>
      <label>
        {current ? t('panel.legal.startForm.correctionReason') : t('panel.legal.startForm.howYouKnow')}
        <Textfield value={reason} maxLength={TEXT_LIMITS.reason} onChange={(e) => setReason(e.currentTarget.value)} testId="legal-start-reason" />
      </label>
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void save()} testId="legal-start-save">
          {current ? t('panel.legal.startForm.recordCorrection') : t('panel.legal.startForm.record')}
        </Button>
        <Button onClick={onClose}>{t('panel.cancel')}</Button>
      </Inline>
    </Stack>
  );
}
