import { Checkbox } from '@atlaskit/checkbox';
import { Stack, Text } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { useId } from 'react';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { useT } from '../../../../common/i18n/i18n-provider';
import { ReplyPreview } from './reply-preview';

export interface ReplyDraft {
  text: string;
  checked: boolean;
}

interface Props {
  draft: ReplyDraft;
  onChange: (draft: ReplyDraft) => void;
  /** A security level restricts the incident: the responder must tick that the reply is fit for the reporter. */
  restricted: boolean;
  /** Who the portal will show as the reply's author. */
  from: string;
  isDisabled?: boolean;
  /** Test ids start with it: the panel may show the section's reply and a dismissal's at once. */
  testIdPrefix?: string;
}

/** The reply to the reporter: editable text, what the reporter will see, and on a restricted incident the check. */
export function ReplyEditor({ draft, onChange, restricted, from, isDisabled, testIdPrefix = 'reporter-reply' }: Props) {
  const { t } = useT();
  const textId = useId();
  const left = TEXT_LIMITS.reporterReply - draft.text.length;
  return (
    <Stack space="space.100">
      <label htmlFor={textId}>
        <Text weight="semibold">{t('panel.reporterReply.label')}</Text>
      </label>
      <TextArea
        id={textId}
        value={draft.text}
        minimumRows={6}
        maxHeight="20em"
        isDisabled={isDisabled}
        onChange={(e) => onChange({ ...draft, text: e.currentTarget.value.slice(0, TEXT_LIMITS.reporterReply) })}
        testId={`${testIdPrefix}-text`}
      />
      <Text size="small" color={left < 200 ? 'color.text.warning' : 'color.text.subtlest'}>
        {t('panel.reporterReply.charactersLeft', { left })}
      </Text>
      <ReplyPreview text={draft.text} from={from} testId={`${testIdPrefix}-preview`} />
      {restricted && (
        <Stack space="space.050">
          <Text color="color.text.warning">{t('panel.reporterReply.restricted')}</Text>
          <Checkbox
            name={`${testIdPrefix}-checked`}
            label={t('panel.reporterReply.checked')}
            isChecked={draft.checked}
            isDisabled={isDisabled}
            onChange={(e) => onChange({ ...draft, checked: e.currentTarget.checked })}
            testId={`${testIdPrefix}-checked`}
          />
        </Stack>
      )}
    </Stack>
  );
}
