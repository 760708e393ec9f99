import type { ReportCategory } from '../domain/config/app-config';
import type { CategoryView } from '../shared/resolver-contract';

/** What the UIs are told about each category: no defaults or restrictions, which are for responders' settings only. */
export function toCategoryViews(categories: readonly ReportCategory[]): CategoryView[] {
  return categories.map(({ id, label, description, examples, advice }) => ({ id, label, description, examples: [...examples], advice }));
}
