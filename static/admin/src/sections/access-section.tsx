import { ListInput } from '../fields';
import type { SectionProps } from '../section-props';

/** Who may see and change these settings besides Jira administrators. */
export function AccessSection({ draft, update, problem }: SectionProps) {
  return (
    <div>
      <p className="muted">
        Jira administrators always can. The settings hold contact details and the legal profile, so everyone else is refused, whatever page they reach.
      </p>
      <ListInput
        label="Jira groups whose members may change the settings"
        values={draft.access.adminGroups}
        testId="access-groups"
        problem={problem('access.adminGroups')}
        onChange={(v) => update((d) => void (d.access.adminGroups = v))}
      />
    </div>
  );
}
