import type { IntakeOptionsView } from '../shared/resolver-contract';
import { toCategoryViews } from './category-views';
import type { ConfigStore } from './ports';

/** The "what to report" choices for the portal form: labels, plain descriptions and examples. */
export async function loadIntakeOptions(config: ConfigStore): Promise<IntakeOptionsView> {
  const { config: settings } = await config.get();
  return { categories: toCategoryViews(settings.taxonomy.categories) };
}
