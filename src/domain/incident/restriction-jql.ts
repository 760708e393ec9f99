import type { ReportCategory } from '../config/app-config';
import { jqlString } from '../postmortem/similar-incidents-query';
import { mirrorTag } from './mirror-tag';

/**
 * The incidents whose category the settings restrict but which carry no issue security level (an
 * admin restricted the category after they came in, or someone removed the level by hand); null
 * when no category is restricted. It reads the indexed mirror (the category's keyed tag under the
 * installation's `mirrorKey`), so the sweep also checks stored records page by page
 * (`openAmongJql`), whatever the mirror says.
 * @example unrestrictedCategoriesJql([{ id: 'data-exposure', restrictTo: 'Restricted' }], '00'.repeat(32)) // 'incidentCategoryTag in ("f0907be28522800b9e67") AND level IS EMPTY'
 */
export function unrestrictedCategoriesJql(categories: readonly Pick<ReportCategory, 'id' | 'restrictTo'>[], mirrorKey: string): string | null {
  const restricted = categories.filter((c) => c.restrictTo !== null).map((c) => jqlString(mirrorTag(mirrorKey, c.id)));
  return restricted.length === 0 ? null : `incidentCategoryTag in (${restricted.join(', ')}) AND level IS EMPTY`;
}

/**
 * Which of these issues carry no issue security level; null for none given.
 * @example openAmongJql(['10001', '10002']) // 'id in (10001, 10002) AND level IS EMPTY'
 */
export function openAmongJql(issueIds: readonly string[]): string | null {
  const ids = issueIds.filter((id) => /^\d+$/.test(id));
  return ids.length === 0 ? null : `id in (${ids.join(', ')}) AND level IS EMPTY`;
}
