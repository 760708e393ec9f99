import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { ReporterReplyDraftView } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import { getReporterReplyDraft, sendReporterReply } from '../../api/incident-api';
import { type ReplyDraft, ReplyEditor } from './reply-editor';
import { useMyName } from './use-my-name';

/**
 * "Reply to the reporter", any time: the reply prefilled for where the report stands, editable, with
 * what the reporter will see; sent as a public comment written as the responder.
 */
export default function ReporterReplySection({ onSent }: { onSent: () => void }) {
  const { t } = useT();
  const [prefill, setPrefill] = useState<ReporterReplyDraftView | null>(null);
  const [draft, setDraft] = useState<ReplyDraft>({ text: '', checked: false });
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const from = useMyName();

  useEffect(() => {
    void getReporterReplyDraft().then((result) => {
      if (!result.ok) return setError(result.error);
      setPrefill(result.data);
      setDraft({ text: result.data.text, checked: false });
    });
  }, []);

  if (!prefill) return error ? <ErrorMessage error={error} /> : <Spinner label={t('panel.reporterReply.preparing')} />;
  if (!prefill.hasReporter) return <Text color="color.text.subtle">{t('panel.reporterReply.noReporter')}</Text>;

  const send = async () => {
    setBusy(true);
    setError(null);
    const result = await sendReporterReply({ text: draft.text, ...(prefill.restricted ? { checkedNothingInternal: draft.checked } : {}) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSent(true);
    setDraft({ ...draft, checked: false });
    onSent();
  };

  return (
    <Stack space="space.150" testId="reporter-reply">
      {error && <ErrorMessage error={error} />}
      {prefill.situation === 'resolved' && !sent && (
        // Resolving or closing happens in Jira, outside the panel: here is where the outcome reply goes.
        <Text testId="reporter-reply-outcome">{t('panel.reporterReply.resolved')}</Text>
      )}
      {sent && (
        <Text color="color.text.success" testId="reporter-reply-sent">
          {t('panel.reporterReply.sent')}
        </Text>
      )}
      <ReplyEditor
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setSent(false);
        }}
        restricted={prefill.restricted}
        from={from}
        isDisabled={busy}
      />
      <Inline space="space.100">
        <Button
          appearance="primary"
          onClick={() => void send()}
          isDisabled={busy || draft.text.trim().length === 0 || (prefill.restricted && !draft.checked)}
          testId="reporter-reply-send"
        >
          {t('panel.reporterReply.send')}
        </Button>
        <Button appearance="subtle" onClick={() => setDraft({ text: prefill.text, checked: false })} isDisabled={busy || draft.text === prefill.text}>
          {t('panel.reporterReply.startAgain')}
        </Button>
      </Inline>
    </Stack>
  );
}
