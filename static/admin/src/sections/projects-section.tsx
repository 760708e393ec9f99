import type { SectionProps } from '../section-props';

/** The projects with their own calendar, escalation path or contacts (set on each project's settings page). */
export function ProjectsSection({ draft, update }: SectionProps) {
  const entries = Object.entries(draft.projects);
  return (
    <div>
      <p className="muted">A project's administrators set these in Project settings &gt; Apps &gt; Incident response.</p>
      {entries.length === 0 && <p>No project has overrides.</p>}
      <ul>
        {entries.map(([key, o]) => (
          <li key={key} data-testid={`project-override-${key}`}>
            <strong>{key}</strong>: {o.calendarId ? `calendar ${o.calendarId}` : 'site calendars'},{' '}
            {o.escalation ? 'own escalation path' : 'site escalation path'}, {o.contacts.length} extra contact{o.contacts.length === 1 ? '' : 's'}.{' '}
            <button type="button" onClick={() => update((d) => void delete d.projects[key])}>
              Remove overrides
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
