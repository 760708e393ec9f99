/**
 * People and groups chosen by name, not typed. People: a search as the admin (GET /rest/api/3/user/search,
 * through requestJira: a read they may do anyway) offers the site's licensed users; the chosen ones
 * show by name (GET /rest/api/3/user/bulk). The settings keep account ids, as Jira needs them.
 */
import { AsyncSelect } from '@atlaskit/select';
import { requestJira } from '@forge/bridge';
import { useDisplayNames } from '../../common/use-display-names';
import { Field } from './fields';

interface PersonOption {
  value: string;
  label: string;
}

async function searchPeople(query: string): Promise<PersonOption[]> {
  if (!query.trim()) return [];
  const res = await requestJira(`/rest/api/3/user/search?query=${encodeURIComponent(query.trim())}&maxResults=20`);
  if (!res.ok) return [];
  const users = (await res.json()) as { accountId: string; displayName: string; accountType?: string; active?: boolean }[];
  // Portal customers and apps are users too; incident roles and reminders are for the team.
  return users.filter((u) => u.accountType === 'atlassian' && u.active !== false).map((u) => ({ value: u.accountId, label: u.displayName }));
}

export function PeoplePicker({
  label,
  value,
  onChange,
  help,
  problem,
  testId,
}: {
  label: string;
  value: string[];
  onChange: (accountIds: string[]) => void;
  help?: string;
  problem?: string;
  testId?: string;
}) {
  const names = useDisplayNames(value);
  const chosen = value.map((id) => ({ value: id, label: names[id] ?? 'Loading the name…' }));
  return (
    <Field label={label} help={help} problem={problem}>
      {(id) => (
        <div style={{ maxWidth: 480 }} data-testid={testId}>
          <AsyncSelect<PersonOption, true>
            inputId={id}
            isMulti
            cacheOptions
            value={chosen}
            loadOptions={searchPeople}
            onChange={(options) => onChange(options.map((o) => o.value))}
            placeholder="Type a name to search"
            noOptionsMessage={({ inputValue }) => (inputValue ? 'Nobody on this site matches' : 'Type a name to search')}
          />
        </div>
      )}
    </Field>
  );
}

async function searchGroups(query: string): Promise<PersonOption[]> {
  const res = await requestJira(`/rest/api/3/groups/picker?query=${encodeURIComponent(query.trim())}&maxResults=20`);
  if (!res.ok) return [];
  const found = (await res.json()) as { groups?: { name: string }[] };
  return (found.groups ?? []).map((g) => ({ value: g.name, label: g.name }));
}

/** Jira groups picked from the site's groups (GET /rest/api/3/groups/picker), kept by name as notify takes them. */
export function GroupPicker({ label, value, onChange, testId }: { label: string; value: string[]; onChange: (names: string[]) => void; testId?: string }) {
  return (
    <Field label={label}>
      {(id) => (
        <div style={{ maxWidth: 480 }} data-testid={testId}>
          <AsyncSelect<PersonOption, true>
            inputId={id}
            isMulti
            cacheOptions
            defaultOptions
            value={value.map((name) => ({ value: name, label: name }))}
            loadOptions={searchGroups}
            onChange={(options) => onChange(options.map((o) => o.value))}
            placeholder="Type a group name"
            noOptionsMessage={() => 'No group on this site matches'}
          />
        </div>
      )}
    </Field>
  );
}
