import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../common/error-message';
import { invokeResolver } from '../../common/invoke-resolver';
import type { Envelope } from '../../../src/shared/envelope';
import type { SiteStatusView } from '../../../src/shared/resolver-contract';
import { RESOLVER_KEYS } from '../../../src/shared/resolver-contract';

const getSiteStatus = () => invokeResolver(RESOLVER_KEYS.siteStatus, {});

/** The settings page: for now, whether the app's scheduled sweep is running on this site. */
export function AdminPage() {
  const [status, setStatus] = useState<Envelope<SiteStatusView> | null>(null);
  useEffect(() => {
    void getSiteStatus().then(setStatus);
  }, []);
  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="large" as="h1">
          Incident response settings
        </Heading>
        {!status && <Spinner label="Loading settings" />}
        {status && !status.ok && <ErrorMessage error={status.error} />}
        {status?.ok && (
          <Stack space="space.100">
            <Heading size="small" as="h2">
              Scheduled sweep
            </Heading>
            <Inline space="space.100" alignBlock="center">
              <Lozenge appearance={status.data.lastSweep ? 'success' : 'moved'}>{status.data.lastSweep ? 'Running' : 'Not run yet'}</Lozenge>
              <Text testId="last-sweep">
                {status.data.lastSweep
                  ? `Last run for the window starting ${status.data.lastSweep.window}, at ${new Date(status.data.lastSweep.ranAt).toLocaleString()}.`
                  : 'Forge runs the sweep every five minutes; the first run comes about five minutes after installation.'}
              </Text>
            </Inline>
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
