import { SelectInput } from '../fields';
import type { SectionProps } from '../section-props';

/** Issue security per category: sensitive reports are locked down the moment they arrive. */
export function RestrictionsSection({ draft, view, update, problem }: SectionProps) {
  const levels = view.site.securityLevels;
  const known = new Set(levels ?? []);
  return (
    <div>
      <p className="muted">
        Reporters always keep seeing their own request.{' '}
        {levels === null ? 'Only Jira administrators can list security levels; names are checked when an administrator saves.' : ''}
      </p>
      {draft.taxonomy.categories.map((c, i) => {
        const options = [
          { value: '', label: 'Not restricted' },
          ...[...known, ...(c.restrictTo && !known.has(c.restrictTo) ? [c.restrictTo] : [])].map((l) => ({ value: l, label: l })),
        ];
        return (
          <SelectInput
            key={c.id}
            label={c.label}
            value={c.restrictTo ?? ''}
            options={options}
            testId={`restrict-${c.id}`}
            problem={problem(`taxonomy.categories.${i}.restrictTo`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.restrictTo = v || null))}
          />
        );
      })}
    </div>
  );
}
