import { useT } from '../../../common/i18n/i18n-provider';
import type { SectionProps } from '../section-props';

/** The projects with their own calendar, escalation path or contacts (set on each project's settings page). */
export function ProjectsSection({ draft, update }: SectionProps) {
  const { t } = useT();
  const entries = Object.entries(draft.projects);
  return (
    <div>
      <p className="muted">{t('admin.projects.intro')}</p>
      {entries.length === 0 && <p>{t('admin.projects.none')}</p>}
      <ul>
        {entries.map(([key, o]) => (
          <li key={key} data-testid={`project-override-${key}`}>
            {t('admin.projects.override', {
              project: key,
              calendar: o.calendarId ?? '',
              ownCalendar: o.calendarId ? 'yes' : 'no',
              ownPath: o.escalation ? 'yes' : 'no',
              contacts: o.contacts.length,
            })}{' '}
            <button type="button" onClick={() => update((d) => void delete d.projects[key])}>
              {t('admin.projects.remove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
