/**
 * People and groups chosen by name, not typed. People: a search as the admin (GET
 * /rest/api/3/user/search, through requestJira: a read they may do anyway) offers the site's
 * licensed users; the chosen ones show by name (GET /rest/api/3/user/bulk). The settings keep
 * account ids, as Jira needs them. Groups: the site's groups (GET /rest/api/3/groups/picker), kept
 * by name as notify takes them.
 */
import { AsyncSelect } from '@atlaskit/select';
import { requestJira } from '@forge/bridge';
import { useT } from '../../common/i18n/i18n-provider';
import { useDisplayNames } from '../../common/use-display-names';
import { Field } from './fields';

interface Choice {
  value: string;
  label: string;
}

interface PickerProps {
  label: string;
  value: string[];
  onChange: (values: string[]) => void;
  help?: string;
  problem?: string;
  testId?: string;
}

async function searchPeople(query: string): Promise<Choice[]> {
  if (!query.trim()) return [];
  const res = await requestJira(`/rest/api/3/user/search?query=${encodeURIComponent(query.trim())}&maxResults=20`);
  if (!res.ok) return [];
  const users = (await res.json()) as { accountId: string; displayName: string; accountType?: string; active?: boolean }[];
  // Portal customers and apps are users too; incident roles and reminders are for the team.
  return users.filter((u) => u.accountType === 'atlassian' && u.active !== false).map((u) => ({ value: u.accountId, label: u.displayName }));
}

async function searchGroups(query: string): Promise<Choice[]> {
  const res = await requestJira(`/rest/api/3/groups/picker?query=${encodeURIComponent(query.trim())}&maxResults=20`);
  if (!res.ok) return [];
  const found = (await res.json()) as { groups?: { name: string }[] };
  return (found.groups ?? []).map((g) => ({ value: g.name, label: g.name }));
}

/** One labelled multi-select over a search; the chosen values are shown with their labels. */
function SearchPicker({
  label,
  help,
  problem,
  testId,
  chosen,
  onChange,
  search,
  searchOnOpen,
  placeholder,
  nothingFound,
}: Omit<PickerProps, 'value'> & {
  chosen: Choice[];
  search: (query: string) => Promise<Choice[]>;
  searchOnOpen: boolean;
  placeholder: string;
  nothingFound: string;
}) {
  return (
    <Field label={label} help={help} problem={problem}>
      {(id) => (
        <div style={{ maxWidth: 480 }} data-testid={testId}>
          <AsyncSelect<Choice, true>
            inputId={id}
            isMulti
            cacheOptions
            defaultOptions={searchOnOpen}
            value={chosen}
            loadOptions={search}
            onChange={(options) => onChange(options.map((o) => o.value))}
            placeholder={placeholder}
            noOptionsMessage={({ inputValue }) => (inputValue || searchOnOpen ? nothingFound : placeholder)}
          />
        </div>
      )}
    </Field>
  );
}

export function PeoplePicker({ value, ...props }: PickerProps) {
  const { t } = useT();
  const names = useDisplayNames(value);
  return (
    <SearchPicker
      {...props}
      chosen={value.map((id) => ({ value: id, label: names[id] ?? t('admin.peoplePicker.loadingName') }))}
      search={searchPeople}
      searchOnOpen={false}
      placeholder={t('admin.peoplePicker.people.placeholder')}
      nothingFound={t('admin.peoplePicker.people.nothingFound')}
    />
  );
}

export function GroupPicker({ value, ...props }: PickerProps) {
  const { t } = useT();
  return (
    <SearchPicker
      {...props}
      chosen={value.map((name) => ({ value: name, label: name }))}
      search={searchGroups}
      searchOnOpen
      placeholder={t('admin.peoplePicker.groups.placeholder')}
      nothingFound={t('admin.peoplePicker.groups.nothingFound')}
    />
  );
}
