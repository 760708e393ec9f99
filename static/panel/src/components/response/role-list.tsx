import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { AsyncSelect } from '@atlaskit/select';
import { requestJira } from '@forge/bridge';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, RoleKeyView } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import type { RecordResponse } from './record-response';
import { ROLE_KEYS } from './response-words';

interface UserOption {
  value: string;
  label: string;
}

/**
 * People who can see this issue, found as the viewer (GET /rest/api/3/user/viewissue/search): a
 * role holder must be able to browse the incident, and the resolver checks it again.
 */
async function searchUsers(issueKey: string, query: string): Promise<UserOption[]> {
  const res = await requestJira(`/rest/api/3/user/viewissue/search?issueKey=${encodeURIComponent(issueKey)}&query=${encodeURIComponent(query)}&maxResults=20`);
  if (!res.ok) return [];
  const users = (await res.json()) as { accountId: string; displayName: string }[];
  return users.map((u) => ({ value: u.accountId, label: u.displayName }));
}

/** The six roles with who holds each; a user picker changes one, and every change is logged. */
export function RoleList({
  view,
  names,
  canEdit,
  onRecord,
}: {
  view: IncidentView;
  names: Record<string, string>;
  canEdit: boolean;
  onRecord: RecordResponse;
}) {
  const { t } = useT();
  const [editing, setEditing] = useState<RoleKeyView | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const assign = async (role: RoleKeyView, accountId: string | null) => {
    const problem = await onRecord({ expectedRevision: view.incident.revision, action: 'role', role, accountId });
    setError(problem);
    if (!problem) setEditing(null);
  };
  return (
    <Stack space="space.050" testId="response-roles">
      <Heading size="xxsmall" as="h4">
        {t('panel.response.roles.heading')}
      </Heading>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', margin: 0 }}>
        {view.response.roles.map((role) => (
          <div key={role.role} style={{ display: 'contents' }}>
            <dt>
              <Text weight="medium">{t(ROLE_KEYS[role.role])}</Text>
            </dt>
            <dd style={{ margin: 0 }} data-testid={`role-${role.role}`}>
              {editing === role.role ? (
                <Inline space="space.100" alignBlock="center">
                  <div style={{ minWidth: 220 }}>
                    <AsyncSelect<UserOption>
                      inputId={`role-picker-${role.role}`}
                      aria-label={t('panel.response.roles.choose', { role: role.role })}
                      autoFocus
                      defaultOptions
                      cacheOptions
                      loadOptions={(q: string) => searchUsers(view.issue.key, q)}
                      onChange={(o) => o && void assign(role.role, o.value)}
                      placeholder={t('panel.response.roles.search')}
                    />
                  </div>
                  {role.accountId && <Button onClick={() => void assign(role.role, null)}>{t('panel.response.roles.unassign')}</Button>}
                  <Button appearance="subtle" onClick={() => setEditing(null)}>
                    {t('panel.response.cancel')}
                  </Button>
                </Inline>
              ) : (
                <Inline space="space.100" alignBlock="center">
                  <Text color={role.accountId ? 'color.text' : 'color.text.subtle'}>
                    {role.accountId ? (names[role.accountId] ?? t('panel.response.roles.someone')) : t('panel.response.roles.notAssigned')}
                  </Text>
                  {canEdit && (
                    <Button
                      appearance="subtle"
                      spacing="compact"
                      onClick={() => setEditing(role.role)}
                      testId={`role-edit-${role.role}`}
                      aria-label={t('panel.response.roles.change', { role: role.role })}
                    >
                      {t('panel.response.roles.changeButton')}
                    </Button>
                  )}
                </Inline>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {error && <ErrorMessage error={error} />}
    </Stack>
  );
}
