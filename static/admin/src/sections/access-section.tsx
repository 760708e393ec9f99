import { useT } from '../../../common/i18n/i18n-provider';
import { GroupPicker } from '../people-picker';
import type { SectionProps } from '../section-props';

/** Who may see and change these settings besides Jira administrators. */
export function AccessSection({ draft, update, problem }: SectionProps) {
  const { t } = useT();
  return (
    <div>
      <p className="muted">{t('admin.access.intro')}</p>
      <GroupPicker
        label={t('admin.access.groups')}
        value={draft.access.adminGroups}
        testId="access-groups"
        onChange={(v) => update((d) => void (d.access.adminGroups = v))}
      />
      {problem('access.adminGroups') && <div className="problem">{problem('access.adminGroups')}</div>}
    </div>
  );
}
