import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { SimilarIncidentView } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import { similarIncidents } from '../../api/incident-api';
import { RouterLink } from '../../../../common/router-link';
import { dayInLocale } from './day-in-locale';

/** The knowledge base: past incidents of the same category, with their postmortems and the day each was reported (the viewer's day). Loaded on request. */
export function SimilarIncidents({ timeZone }: { timeZone: string }) {
  const { t, locale } = useT();
  const [found, setFound] = useState<SimilarIncidentView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const load = async () => {
    setBusy(true);
    const result = await similarIncidents();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setFound(result.data);
  };
  return (
    <Stack space="space.075" testId="report-similar">
      <Heading size="xxsmall" as="h5">
        {t('panel.postmortem.similar.heading')}
      </Heading>
      {found === null ? (
        <Inline space="space.100">
          <Button spacing="compact" isLoading={busy} onClick={() => void load()} testId="report-similar-load">
            {t('panel.postmortem.similar.find')}
          </Button>
        </Inline>
      ) : found.length === 0 ? (
        <Text color="color.text.subtle">{t('panel.postmortem.similar.none')}</Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {found.map((s) => (
            <li key={s.key}>
              {s.url ? (
                <RouterLink to={{ target: 'issue', issueKey: s.key }} newTab>
                  {s.key}
                </RouterLink>
              ) : (
                s.key
              )}{' '}
              {s.summary}{' '}
              {t('panel.postmortem.similar.facts', {
                hasPriority: s.priority ? 'yes' : 'no',
                priority: s.priority ?? '',
                status: s.status,
                reported: s.reportedAt ? 'yes' : 'no',
                day: s.reportedAt ? dayInLocale(s.reportedAt, timeZone, locale) : '',
              })}
              {' · '}
              {s.postmortemUrl ? (
                <RouterLink to={s.postmortemUrl} newTab>
                  {t('panel.postmortem.similar.postmortem')}
                </RouterLink>
              ) : (
                t('panel.postmortem.similar.noPostmortem')
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorMessage error={error} />}
    </Stack>
  );
}
