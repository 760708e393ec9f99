import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { FollowUpView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import { addFollowUp } from '../../api/incident-api';
import { RouterLink } from '../../../../common/router-link';

/** Action items as linked Jira issues, each with its status as Jira has it. */
export function FollowUps({ followUps, canEdit, onChange }: { followUps: FollowUpView[]; canEdit: boolean; onChange: (list: FollowUpView[]) => void }) {
  const { t } = useT();
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const add = async () => {
    setBusy(true);
    const result = await addFollowUp(summary);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSummary('');
    onChange(result.data);
  };
  return (
    <Stack space="space.075" testId="report-follow-ups">
      <Heading size="xxsmall" as="h5">
        {t('panel.postmortem.followUps.heading', { open: followUps.filter((f) => !f.done).length })}
      </Heading>
      {followUps.length === 0 && <Text color="color.text.subtle">{t('panel.postmortem.followUps.none')}</Text>}
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {followUps.map((f) => (
          <li key={f.key} data-testid="report-follow-up">
            <Inline space="space.075" alignBlock="center">
              {f.url ? (
                <RouterLink to={{ target: 'issue', issueKey: f.key }} newTab>
                  {f.key}
                </RouterLink>
              ) : (
                <span>{f.key}</span>
              )}
              <span>{f.summary}</span>
              <Lozenge appearance={f.done ? 'success' : 'inprogress'}>{f.status}</Lozenge>
            </Inline>
          </li>
        ))}
      </ul>
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Inline space="space.100" alignBlock="end">
            <label htmlFor="follow-up-summary">
              <Text size="small">{t('panel.postmortem.followUps.new')}</Text>
            </label>
            <Textfield
              id="follow-up-summary"
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              maxLength={TEXT_LIMITS.followUp}
              placeholder={t('panel.postmortem.followUps.placeholder')}
              testId="follow-up-summary"
            />
            <Button type="submit" isLoading={busy} isDisabled={summary.trim().length < 3} testId="follow-up-add">
              {t('panel.postmortem.followUps.create')}
            </Button>
          </Inline>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
    </Stack>
  );
}
