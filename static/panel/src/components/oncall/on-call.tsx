import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { useCallback, useEffect, useState } from 'react';
import { ActionButton } from '../../../../common/action-button';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { OnCallView } from '../../../../../src/shared/resolver-contract';
import { acknowledgePage, assignToMe, getOnCall } from '../../api/incident-api';
import { onCallNowText, pageText, pagingStateText } from './on-call-words';

/**
 * Who is on call now, and where the incident's paging stands, with "I'm on it" for the person paged
 * (and anyone who may edit) and "Assign to me". Loaded after the panel's first paint, by the panel
 * and by the expanded glance; one invoke, one more per click.
 */
export default function OnCall({ timeZone, compact = false }: { timeZone?: string; compact?: boolean }) {
  const i18n = useT();
  const { t } = i18n;
  const [view, setView] = useState<OnCallView | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (call: typeof getOnCall) => {
    setBusy(true);
    const res = await call();
    setBusy(false);
    if (res.ok) {
      setView(res.data);
      setError(null);
    } else setError(res.error);
  }, []);
  useEffect(() => void run(getOnCall), [run]);
  if (!view) return error ? <ErrorMessage error={error} action={{ text: t('panel.oncall.tryAgain'), onClick: () => void run(getOnCall) }} /> : null;
  const paging = view.paging;
  return (
    <Box testId="on-call" role="region" aria-label={t('panel.oncall.region')}>
      <Stack space="space.075">
        <Text size={compact ? 'small' : 'medium'} testId="on-call-now">
          {onCallNowText(view, i18n)}
        </Text>
        {paging && !compact && (
          <Stack space="space.050" testId="on-call-paging">
            {paging.pages.map((p) => (
              <Text key={`${p.role}${p.at}`} size="small" color="color.text.subtle">
                {pageText(p, timeZone, i18n)}
              </Text>
            ))}
          </Stack>
        )}
        {paging && (
          <Text size="small" color={paging.state === 'waiting-for-acknowledgement' ? 'color.text.warning' : 'color.text.subtle'} testId="on-call-state">
            {pagingStateText(paging, timeZone, i18n)}
          </Text>
        )}
        {view.notes.map((note) => (
          <Text key={note} size="small" color="color.text.warning">
            {note}
          </Text>
        ))}
        {error && <ErrorMessage error={error} />}
        {(view.canAcknowledge || view.canAssignToMe) && (
          <Inline space="space.100">
            {view.canAcknowledge && paging?.state !== 'acknowledged' && (
              <ActionButton
                appearance={view.pagedYou || paging?.state === 'waiting-for-acknowledgement' ? 'primary' : 'default'}
                isDisabled={busy}
                onClick={() => void run(acknowledgePage)}
                testId="on-call-acknowledge"
              >
                {t('panel.oncall.acknowledge')}
              </ActionButton>
            )}
            {view.canAssignToMe && (
              <ActionButton appearance="default" isDisabled={busy} onClick={() => void run(assignToMe)} testId="on-call-assign-to-me">
                {t('panel.oncall.assignToMe')}
              </ActionButton>
            )}
          </Inline>
        )}
      </Stack>
    </Box>
  );
}
