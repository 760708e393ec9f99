import type { CountView, TopChartView } from '../../shared/stats-contract';

/**
 * A chart keeps its `top` largest rows and adds the rest up as one "Other" row, and says so
 * ("Top 8 of 11 categories"), so no category silently drops out of the picture. `otherJql` finds
 * the incidents of the rows it folded (null when the rows have no search).
 * @example keepTop(rows11, 8, 'categories', (rest) => …).caption // 'Top 8 of 11 categories'
 */
export function keepTop(rows: readonly CountView[], top: number, noun: string, otherJql: (rest: readonly CountView[]) => string | null): TopChartView {
  if (rows.length <= top) return { rows: [...rows], caption: null };
  const kept = rows.slice(0, top);
  const rest = rows.slice(top);
  const jql = otherJql(rest);
  const other: CountView = {
    id: '',
    // "more" sets it apart from a category an admin named "Other".
    label: `Other (${rest.length} more)`,
    count: rest.reduce((n, r) => n + r.count, 0),
    previous: rest.reduce((n, r) => n + r.previous, 0),
    ...(jql === null ? {} : { jql }),
  };
  return { rows: [...kept, other], caption: `Top ${top} of ${rows.length} ${noun}` };
}
