import { view as forgeView } from '@forge/bridge';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import TextArea from '@atlaskit/textarea';
import { useEffect, useState } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import { ActionButton } from '../../../common/action-button';
import { ErrorMessage } from '../../../common/error-message';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { TEXT_LIMITS } from '../../../../src/shared/resolver-contract';
import { declareIncident, getIncident } from '../api/incident-api';
import { takeEarlyIncidentLoad } from '../hooks/early-incident-load';

type Stage = { kind: 'loading' } | { kind: 'form' } | { kind: 'done' } | { kind: 'already' } | { kind: 'blocked'; error: ErrorBody };

/**
 * The "Declare an incident" issue action: brings an issue outside the incident scope in, on
 * purpose, with the reason recorded in its timeline. First asks whether it is one already, or
 * whether the site is not set up (then it says so and where to set it up), so nobody fills in a
 * form that cannot work. Closing the dialog after declaring reloads the issue, with the panel.
 */
export default function DeclareIncident() {
  const { t } = useT();
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    // The frame's first read, started as its script ran (early-incident-load.ts).
    void (takeEarlyIncidentLoad() ?? getIncident('deferred')).then((result) => {
      if (result.ok) return setStage({ kind: 'already' });
      // Out of scope and no record: exactly what this action is for.
      if (result.error.code === 'NOT_FOUND' && /outside the incident scope/.test(result.error.message)) return setStage({ kind: 'form' });
      setStage({ kind: 'blocked', error: result.error });
    });
  }, []);

  const declare = async () => {
    setBusy(true);
    setError(null);
    const result = await declareIncident(reason.trim());
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setStage({ kind: 'done' });
  };

  if (stage.kind === 'loading') return <Spinner label={t('panel.declare.checking')} />;
  return (
    <Stack space="space.200" testId="declare-incident">
      <Heading size="small" as="h2">
        {t('panel.declare.heading')}
      </Heading>
      {stage.kind === 'blocked' && <ErrorMessage error={stage.error} />}
      {stage.kind === 'already' && <Text>{t('panel.declare.already')}</Text>}
      {stage.kind === 'done' && (
        <Stack space="space.100">
          <Text testId="declared">{t('panel.declare.done')}</Text>
          <Inline>
            <ActionButton onClick={() => void forgeView.close()} testId="declare-close">
              {t('panel.declare.open')}
            </ActionButton>
          </Inline>
        </Stack>
      )}
      {stage.kind === 'form' && (
        <Stack space="space.100">
          <Text>{t('panel.declare.explain')}</Text>
          <label htmlFor="declare-reason">
            <Text weight="semibold">{t('panel.declare.reason')}</Text>
          </label>
          <TextArea
            id="declare-reason"
            value={reason}
            maxLength={TEXT_LIMITS.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            testId="declare-reason"
          />
          {error && <ErrorMessage error={error} />}
          <Inline space="space.100">
            <ActionButton onClick={() => void declare()} isDisabled={busy || reason.trim().length === 0} testId="declare-submit">
              {t('panel.declare.submit')}
            </ActionButton>
            <ActionButton appearance="default" onClick={() => void forgeView.close()} isDisabled={busy}>
              {t('panel.cancel')}
            </ActionButton>
          </Inline>
        </Stack>
      )}
    </Stack>
  );
}
