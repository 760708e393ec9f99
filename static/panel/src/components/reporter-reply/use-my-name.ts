/** The viewer's display name (GET /rest/api/3/myself, as them): the portal shows a reply under its author's name. */
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { useT } from '../../../../common/i18n/i18n-provider';

/** Until Jira answers (or if it does not), the viewer is "You" in their language. */
export function useMyName(): string {
  const { t } = useT();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void requestJira('/rest/api/3/myself')
      .then(async (res) => (res.ok ? ((await res.json()) as { displayName?: string }) : {}))
      .then((me) => live && me.displayName && setName(me.displayName))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return name ?? t('panel.reporterReply.you');
}
