import { Checkbox } from '@atlaskit/checkbox';
import { Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { ReporterReplyInput } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import { getReporterReplyDraft } from '../../api/incident-api';
import { type ReplyDraft, ReplyEditor } from './reply-editor';
import { useMyName } from './use-my-name';

/** What goes with the dismissal: the reply, or null when none goes; `ready` false while it cannot go (not loaded, restricted and not ticked). */
export interface DismissalReplyChoice {
  reply: ReporterReplyInput | null;
  ready: boolean;
}

/**
 * The reply a dismissal sends the reporter: prefilled for "not an incident", editable, previewed; on
 * by default, and the responder may leave it out.
 */
export default function DismissalReply({ onChange, isDisabled }: { onChange: (choice: DismissalReplyChoice) => void; isDisabled: boolean }) {
  const { t } = useT();
  const [restricted, setRestricted] = useState<boolean | null>(null);
  const [hasReporter, setHasReporter] = useState(true);
  const [sending, setSending] = useState(true);
  const [draft, setDraft] = useState<ReplyDraft>({ text: '', checked: false });
  const [error, setError] = useState<ErrorBody | null>(null);
  const from = useMyName();

  useEffect(() => {
    void getReporterReplyDraft(true).then((result) => {
      if (!result.ok) return setError(result.error);
      setRestricted(result.data.restricted);
      setHasReporter(result.data.hasReporter);
      setDraft({ text: result.data.text, checked: false });
    });
  }, []);

  useEffect(() => {
    if (restricted === null) return onChange({ reply: null, ready: error !== null });
    if (!sending || !hasReporter) return onChange({ reply: null, ready: true });
    const reply = { text: draft.text, ...(restricted ? { checkedNothingInternal: draft.checked } : {}) };
    onChange({ reply, ready: draft.text.trim().length > 0 && (!restricted || draft.checked) });
  }, [restricted, hasReporter, sending, draft, error, onChange]);

  if (error) return <ErrorMessage error={error} />;
  if (restricted === null) return <Spinner label={t('panel.reporterReply.preparingDismissal')} />;
  if (!hasReporter) return <Text color="color.text.subtle">{t('panel.reporterReply.noReporter')}</Text>;
  return (
    <Stack space="space.100" testId="dismissal-reply">
      <Checkbox
        name="dismissal-reply-on"
        label={t('panel.reporterReply.withDismissal')}
        isChecked={sending}
        isDisabled={isDisabled}
        onChange={(e) => setSending(e.currentTarget.checked)}
        testId="dismissal-reply-on"
      />
      {sending && <ReplyEditor draft={draft} onChange={setDraft} restricted={restricted} from={from} isDisabled={isDisabled} testIdPrefix="dismissal-reply" />}
    </Stack>
  );
}
