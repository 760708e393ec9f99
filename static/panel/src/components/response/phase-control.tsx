import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, PhaseView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import { isoToZonedInput, zonedInputToIso } from '../legal/zoned-time';
import type { RecordResponse } from './record-response';
import { PHASE_KEYS, PHASE_OPTIONS } from './response-words';
import { formatTime } from '../labels';

/**
 * The NIST phase, as a row of steps; moving to a phase records when it happened (backfilling is
 * allowed). Leaving containment stops the SLA contain clock; post-incident activity stops resolve.
 */
export function PhaseControl({
  view,
  timeZone,
  names,
  canEdit,
  onRecord,
}: {
  view: IncidentView;
  timeZone: string;
  names: Record<string, string>;
  canEdit: boolean;
  onRecord: RecordResponse;
}) {
  const { t, locale } = useT();
  const r = view.response;
  const [target, setTarget] = useState<PhaseView | null>(null);
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const open = (phase: PhaseView) => {
    setTarget(phase);
    setAt(isoToZonedInput(new Date().toISOString(), timeZone));
    setReason('');
    setError(null);
  };
  const save = async () => {
    const instant = zonedInputToIso(at, timeZone);
    if (!target || !instant) return setError({ code: 'VALIDATION_FAILED', message: t('panel.response.phase.whenMissing') });
    const problem = await onRecord({
      expectedRevision: view.incident.revision,
      action: 'phase',
      phase: target,
      at: instant,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (problem) setError(problem);
    else setTarget(null);
  };
  const last = r.phaseHistory.at(-1);
  return (
    <Stack space="space.100" testId="response-phase">
      <Heading size="xxsmall" as="h4">
        {t('panel.response.phase.heading')}
      </Heading>
      <ol aria-label={t('panel.response.phase.steps')} style={{ display: 'flex', gap: 8, listStyle: 'none', padding: 0, margin: 0, flexWrap: 'wrap' }}>
        {r.phases.map((p) => (
          <li key={p.phase} aria-current={p.phase === r.phase ? 'step' : undefined}>
            {p.phase === r.phase ? (
              <Lozenge appearance="inprogress" isBold maxWidth="100%">
                {t(PHASE_KEYS[p.phase])}
              </Lozenge>
            ) : canEdit ? (
              <Button appearance="subtle" spacing="compact" onClick={() => open(p.phase)} testId={`phase-${p.phase}`}>
                {t(PHASE_KEYS[p.phase])}
              </Button>
            ) : (
              <Lozenge maxWidth="100%">{t(PHASE_KEYS[p.phase])}</Lozenge>
            )}
          </li>
        ))}
      </ol>
      {last && (
        <Text size="small" color="color.text.subtle">
          {t(last.reason ? 'panel.response.phase.sinceWithNote' : 'panel.response.phase.since', {
            when: formatTime(last.at, timeZone, locale),
            known: names[last.by] ? 'yes' : 'no',
            name: names[last.by] ?? '',
            note: last.reason ?? '',
          })}
        </Text>
      )}
      {target && (
        <Stack space="space.100" testId="phase-form">
          <label>
            {t('panel.response.phase.when', { phase: PHASE_OPTIONS[target], zone: timeZone })}
            <Textfield type="datetime-local" value={at} onChange={(e) => setAt(e.currentTarget.value)} testId="phase-at" />
          </label>
          <label>
            {t('panel.response.phase.note')}
            <Textfield value={reason} maxLength={TEXT_LIMITS.reason} onChange={(e) => setReason(e.currentTarget.value)} />
          </label>
          {error && <ErrorMessage error={error} />}
          <Inline space="space.100">
            <Button appearance="primary" onClick={() => void save()} testId="phase-save">
              {t('panel.response.phase.save')}
            </Button>
            <Button onClick={() => setTarget(null)}>{t('panel.response.cancel')}</Button>
          </Inline>
        </Stack>
      )}
    </Stack>
  );
}
