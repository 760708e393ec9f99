import { NumberInput, TextInput } from '../fields';
import type { SectionProps } from '../section-props';

/** The cost of an hour of unplanned work: the statistics gadget's default rate. */
export function CostsSection({ draft, update, problem }: SectionProps) {
  return (
    <div className="row">
      <NumberInput
        label="Hourly rate"
        value={draft.costs.hourlyRate}
        min={0}
        step={0.01}
        testId="costs-rate"
        problem={problem('costs.hourlyRate')}
        onChange={(v) => update((d) => void (d.costs.hourlyRate = v))}
      />
      <TextInput
        label="Currency"
        value={draft.costs.currency}
        width={80}
        help="ISO code, e.g. EUR"
        testId="costs-currency"
        problem={problem('costs.currency')}
        onChange={(v) => update((d) => void (d.costs.currency = v.trim().toUpperCase()))}
      />
    </div>
  );
}
