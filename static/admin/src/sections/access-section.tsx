import { GroupPicker } from '../people-picker';
import type { SectionProps } from '../section-props';

/** Who may see and change these settings besides Jira administrators. */
export function AccessSection({ draft, update, problem }: SectionProps) {
  return (
    <div>
      <p className="muted">
        Jira administrators always can. The settings hold contact details and the legal profile, so everyone else is refused, whatever page they reach.
      </p>
      <GroupPicker
        label="Jira groups whose members may change the settings"
        value={draft.access.adminGroups}
        testId="access-groups"
        onChange={(v) => update((d) => void (d.access.adminGroups = v))}
      />
      {problem('access.adminGroups') && <div className="problem">{problem('access.adminGroups')}</div>}
    </div>
  );
}
