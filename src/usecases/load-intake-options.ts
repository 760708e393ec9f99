import type { IntakeOptionsView } from '../shared/resolver-contract';
import { asksOnRequestType } from '../domain/config/incident-scope';
import { toCategoryViews } from './category-views';
import type { ConfigStore } from './ports';

/**
 * The "what to report" choices for the portal form (labels, plain descriptions and examples), on
 * the request types that are incident reports of a set-up site; elsewhere none, and `active` false.
 * `requestTypeId` comes from the module's context (extension.request.typeId).
 */
export async function loadIntakeOptions(config: ConfigStore, requestTypeId: string | null): Promise<IntakeOptionsView> {
  const { config: settings } = await config.get();
  const active = asksOnRequestType(settings, requestTypeId);
  return { active, categories: active ? toCategoryViews(settings.taxonomy.categories) : [] };
}
