import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { ListInput, SelectInput, TextInput } from '../fields';
import type { SectionProps } from '../section-props';

const RELATIVE: Record<'low' | 'medium' | 'high', MessageKey> = {
  low: 'admin.taxonomy.relative.low',
  medium: 'admin.taxonomy.relative.medium',
  high: 'admin.taxonomy.relative.high',
};
const MONTHS = [6, 7, 8, 9, 10, 11, 12];

/** The "what to report" list reporters pick from, and its review reminder. */
export function TaxonomySection({ draft, view, update, problem }: SectionProps) {
  const { t, locale } = useT();
  const { categories, reviewedAt, reviewEveryMonths } = draft.taxonomy;
  const relative = (Object.keys(RELATIVE) as (keyof typeof RELATIVE)[]).map((value) => ({ value, label: t(RELATIVE[value]) }));
  const months = MONTHS.map((m) => ({ value: String(m), label: t('admin.taxonomy.everyMonths', { count: m }) }));
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale);
  return (
    <div>
      <div className="row">
        <SelectInput
          label={t('admin.taxonomy.review')}
          value={String(reviewEveryMonths)}
          options={months}
          testId="review-every"
          problem={problem('taxonomy.reviewEveryMonths')}
          onChange={(v) => update((d) => void (d.taxonomy.reviewEveryMonths = Number(v)))}
        />
        <span className="muted" data-testid="reviewed-at">
          {reviewedAt ? t('admin.taxonomy.lastReviewed', { date: day(reviewedAt) }) : t('admin.taxonomy.neverReviewed')}{' '}
          {view.taxonomyReview.due
            ? t('admin.taxonomy.reviewDue')
            : view.taxonomyReview.dueAt
              ? t('admin.taxonomy.nextReview', { date: day(view.taxonomyReview.dueAt) })
              : ''}
        </span>
        <button type="button" data-testid="mark-reviewed" onClick={() => update((d) => void (d.taxonomy.reviewedAt = new Date().toISOString()))}>
          {t('admin.taxonomy.markReviewed')}
        </button>
      </div>
      {categories.map((c, i) => (
        <fieldset key={i} data-testid={`category-${c.id}`}>
          <legend>{c.label || t('admin.taxonomy.newCategory')}</legend>
          <div className="row">
            <TextInput
              label={t('admin.taxonomy.id')}
              value={c.id}
              width={160}
              problem={problem(`taxonomy.categories.${i}.id`)}
              help={t('admin.taxonomy.idHelp')}
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.id = v))}
            />
            <TextInput
              label={t('admin.taxonomy.label')}
              value={c.label}
              problem={problem(`taxonomy.categories.${i}.label`)}
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.label = v))}
            />
          </div>
          <TextInput
            label={t('admin.taxonomy.description')}
            value={c.description}
            width={560}
            problem={problem(`taxonomy.categories.${i}.description`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.description = v))}
          />
          <ListInput
            label={t('admin.taxonomy.examples')}
            values={c.examples}
            problem={problem(`taxonomy.categories.${i}.examples`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.examples = v))}
          />
          <TextInput
            label={t('admin.taxonomy.advice')}
            value={c.advice}
            width={560}
            help={t('admin.taxonomy.adviceHelp')}
            testId={`advice-${c.id}`}
            problem={problem(`taxonomy.categories.${i}.advice`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.advice = v))}
          />
          <div className="row">
            <SelectInput
              label={t('admin.taxonomy.startingImpact')}
              value={c.defaultImpact}
              options={relative}
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.defaultImpact = v))}
            />
            <SelectInput
              label={t('admin.taxonomy.startingUrgency')}
              value={c.defaultUrgency}
              options={relative}
              onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.defaultUrgency = v))}
            />
            <button type="button" disabled={categories.length <= 1} onClick={() => update((d) => void d.taxonomy.categories.splice(i, 1))}>
              {t('admin.taxonomy.remove')}
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
        {t('admin.taxonomy.add')}
      </button>
    </div>
  );
}
