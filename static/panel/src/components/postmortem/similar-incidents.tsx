import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { SimilarIncidentView } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { similarIncidents } from '../../api/incident-api';
import { RouterLink } from '../../../../common/router-link';
import { dayInWords } from '../../../../../src/shared/time-in-words';

/** The knowledge base: past incidents of the same category, with their postmortems and the day each was reported (the viewer's day). Loaded on request. */
export function SimilarIncidents({ timeZone }: { timeZone: string }) {
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
        Similar past incidents
      </Heading>
      {found === null ? (
        <Inline space="space.100">
          <Button spacing="compact" isLoading={busy} onClick={() => void load()} testId="report-similar-load">
            Find similar incidents
          </Button>
        </Inline>
      ) : found.length === 0 ? (
        <Text color="color.text.subtle">No earlier incidents of this category that you can see.</Text>
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
              {s.summary} ({s.priority ?? 'no priority'}, {s.status}
              {s.reportedAt ? `, reported ${dayInWords(s.reportedAt, timeZone)}` : ''})
              {s.postmortemUrl ? (
                <>
                  {' · '}
                  <RouterLink to={s.postmortemUrl} newTab>
                    postmortem
                  </RouterLink>
                </>
              ) : (
                ' · no postmortem'
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorMessage error={error} />}
    </Stack>
  );
}
