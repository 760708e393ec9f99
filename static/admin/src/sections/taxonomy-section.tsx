import { ListInput, SelectInput, TextInput } from '../fields';
import type { SectionProps } from '../section-props';

const RELATIVE = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
] as const;
const MONTHS = [6, 7, 8, 9, 10, 11, 12].map((m) => ({ value: String(m), label: `Every ${m} months` }));

/** The "what to report" list reporters pick from, and its review reminder. */
export function TaxonomySection({ draft, view, update, problem }: SectionProps) {
  const { categories, reviewedAt, reviewEveryMonths } = draft.taxonomy;
  return (
    <div>
      <div className="row">
        <SelectInput
          label="Review the list"
          value={String(reviewEveryMonths)}
          options={MONTHS}
          testId="review-every"
          problem={problem('taxonomy.reviewEveryMonths')}
          onChange={(v) => update((d) => void (d.taxonomy.reviewEveryMonths = Number(v)))}
        />
        <span className="muted" data-testid="reviewed-at">
          {reviewedAt ? `Last reviewed ${new Date(reviewedAt).toLocaleDateString()}.` : 'Never reviewed.'}{' '}
          {view.taxonomyReview.due
            ? 'A review is due.'
            : view.taxonomyReview.dueAt
              ? `Next review by ${new Date(view.taxonomyReview.dueAt).toLocaleDateString()}.`
              : ''}
        </span>
        <button type="button" data-testid="mark-reviewed" onClick={() => update((d) => void (d.taxonomy.reviewedAt = new Date().toISOString()))}>
          Mark reviewed now
        </button>
      </div>
      {categories.map((c, i) => (
        <fieldset key={i} data-testid={`category-${c.id}`}>
          <legend>{c.label || 'New category'}</legend>
          <div className="row">
            <TextInput
              label="Id"
              value={c.id}
              width={160}
              problem={problem(`taxonomy.categories.${i}.id`)}
              help="Stored on incidents; change with care."
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.id = v))}
            />
            <TextInput
              label="Label"
              value={c.label}
              problem={problem(`taxonomy.categories.${i}.label`)}
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.label = v))}
            />
          </div>
          <TextInput
            label="Plain description for reporters"
            value={c.description}
            width={560}
            problem={problem(`taxonomy.categories.${i}.description`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.description = v))}
          />
          <ListInput
            label="Examples"
            values={c.examples}
            problem={problem(`taxonomy.categories.${i}.examples`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.examples = v))}
          />
          <TextInput
            label="What the reporter should do at once"
            value={c.advice}
            width={560}
            help="Shown on the portal when a reporter picks this; empty: nothing shown"
            testId={`advice-${c.id}`}
            problem={problem(`taxonomy.categories.${i}.advice`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.advice = v))}
          />
          <div className="row">
            <SelectInput
              label="Starting impact"
              value={c.defaultImpact}
              options={RELATIVE}
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.defaultImpact = v))}
            />
            <SelectInput
              label="Starting urgency"
              value={c.defaultUrgency}
              options={RELATIVE}
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.defaultUrgency = v))}
            />
            <button type="button" disabled={categories.length <= 1} onClick={() => update((d) => void d.taxonomy.categories.splice(i, 1))}>
              Remove category
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        data-testid="add-category"
        onClick={() =>
          update(
            (d) =>
              void d.taxonomy.categories.push({
                id: `category-${d.taxonomy.categories.length + 1}`,
                label: '',
                description: '',
                examples: [],
                defaultImpact: 'medium',
                defaultUrgency: 'medium',
                restrictTo: null,
                advice: '',
              }),
          )
        }
      >
        Add a category
      </button>
    </div>
  );
}
