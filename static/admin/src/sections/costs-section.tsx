import { useT } from '../../../common/i18n/i18n-provider';
import { NumberInput, TextInput } from '../fields';
import type { SectionProps } from '../section-props';

/** The cost of an hour of unplanned work: the statistics gadget's default rate. */
export function CostsSection({ draft, update, problem }: SectionProps) {
  const { t } = useT();
  return (
    <div className="row">
      <NumberInput
        label={t('admin.costs.hourlyRate')}
        value={draft.costs.hourlyRate}
        min={0}
        step={0.01}
        testId="costs-rate"
        problem={problem('costs.hourlyRate')}
        onChange={(v) => update((d) => void (d.costs.hourlyRate = v))}
      />
      <TextInput
        label={t('admin.costs.currency')}
        value={draft.costs.currency}
        width={80}
        help={t('admin.costs.currencyHelp')}
        testId="costs-currency"
        problem={problem('costs.currency')}
        onChange={(v) => update((d) => void (d.costs.currency = v.trim().toUpperCase()))}
      />
    </div>
  );
}
