import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { lazy, Suspense, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import type { DismissalReplyChoice } from './reporter-reply/dismissal-reply';
import { useT } from '../../../common/i18n/i18n-provider';
import { ActionButton } from '../../../common/action-button';
import { ErrorMessage } from '../../../common/error-message';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { type IncidentTriageDecision, type IncidentView, TEXT_LIMITS } from '../../../../src/shared/resolver-contract';
import { triageIncident } from '../api/incident-api';

// The reply that goes with a dismissal (editor and preview) loads when someone starts to dismiss.
const DismissalReply = lazy(() => import('./reporter-reply/dismissal-reply'));

interface Props {
  view: IncidentView;
  onDone: (view: IncidentView) => void;
  onReload: () => void;
}

/**
 * Event or incident (seed 004): confirm that people and resources are committed, or dismiss as
 * not an incident with a reason the reporter will see. Either can be reopened, with a reason.
 */
export function TriageControls({ view, onDone, onReload }: Props) {
  const { t } = useT();
  const [asking, setAsking] = useState<'dismiss' | 'reopen' | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [reply, setReply] = useState<DismissalReplyChoice>({ reply: null, ready: false });
  const state = view.incident.triage.state;

  const send = async (action: IncidentTriageDecision['action']) => {
    setBusy(true);
    setError(null);
    const result = await triageIncident({
      expectedRevision: view.incident.revision,
      action,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(action === 'dismiss' && reply.reply ? { reply: reply.reply } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setAsking(null);
    setReason('');
    onDone(result.data);
  };

  return (
    <Stack space="space.100">
      {error && <ErrorMessage error={error} action={error.code === 'CONFLICT' ? { text: t('panel.reload'), onClick: onReload } : undefined} />}
      {asking ? (
        <Stack space="space.100">
          <label htmlFor="triage-reason">
            <Text weight="semibold">{asking === 'dismiss' ? t('panel.triage.dismissReason') : t('panel.triage.reopenReason')}</Text>
          </label>
          <Textfield
            id="triage-reason"
            value={reason}
            maxLength={TEXT_LIMITS.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            testId="triage-reason"
          />
          {asking === 'dismiss' && (
            <Suspense fallback={<Spinner label={t('panel.triage.preparingReply')} />}>
              <DismissalReply onChange={setReply} isDisabled={busy} />
            </Suspense>
          )}
          <Inline space="space.100">
            <ActionButton
              onClick={() => void send(asking)}
              isDisabled={busy || reason.trim().length === 0 || (asking === 'dismiss' && !reply.ready)}
              testId="triage-submit"
            >
              {asking === 'dismiss' ? t('panel.triage.dismiss') : t('panel.triage.reopen')}
            </ActionButton>
            <ActionButton appearance="default" onClick={() => setAsking(null)} isDisabled={busy}>
              {t('panel.cancel')}
            </ActionButton>
          </Inline>
        </Stack>
      ) : state === 'event' ? (
        <Inline space="space.100">
          <ActionButton onClick={() => void send('confirm')} isDisabled={busy} testId="triage-confirm">
            {t('panel.triage.confirm')}
          </ActionButton>
          <ActionButton appearance="default" onClick={() => setAsking('dismiss')} isDisabled={busy} testId="triage-dismiss">
            {t('panel.triage.startDismiss')}
          </ActionButton>
        </Inline>
      ) : (
        <Inline space="space.100">
          <ActionButton appearance="default" onClick={() => setAsking('reopen')} isDisabled={busy} testId="triage-reopen">
            {t('panel.triage.startReopen')}
          </ActionButton>
        </Inline>
      )}
    </Stack>
  );
}
