import { impactRank, levelRank, type PriorityMatrix, urgencyRank } from './priority-matrix';

export interface MatrixProblem {
  /** Where the problem is, e.g. "cells.high.low" or "levels". */
  path: string;
  message: string;
}

/**
 * Everything wrong with a matrix, in words that say what to fix; empty when it is usable. A
 * matrix is usable when every impact x urgency pair has exactly one cell naming a known level
 * (seed 004's unassigned score 3 is exactly the gap this refuses), and raising impact or urgency
 * never lowers the priority.
 */
export function validateMatrix(matrix: PriorityMatrix): MatrixProblem[] {
  const problems: MatrixProblem[] = [];
  const axes = [
    ['impact', matrix.impact],
    ['urgency', matrix.urgency],
    ['levels', matrix.levels],
  ] as const;
  for (const [name, items] of axes) {
    if (items.length === 0) problems.push({ path: name, message: `Add at least one ${name === 'levels' ? 'priority level' : `${name} level`}.` });
    const seen = new Set<string>();
    for (const item of items) {
      if (!item.id.trim()) problems.push({ path: name, message: `Every ${name === 'levels' ? 'priority level' : `${name} level`} needs an id.` });
      if (seen.has(item.id)) problems.push({ path: name, message: `"${item.id}" appears twice in ${name}; ids must be unique.` });
      seen.add(item.id);
    }
  }
  const byPair = new Map<string, number>();
  for (const cell of matrix.cells) {
    const where = `cells.${cell.impact}.${cell.urgency}`;
    if (impactRank(matrix, cell.impact) < 0) problems.push({ path: where, message: `Cell refers to unknown impact "${cell.impact}".` });
    if (urgencyRank(matrix, cell.urgency) < 0) problems.push({ path: where, message: `Cell refers to unknown urgency "${cell.urgency}".` });
    if (levelRank(matrix, cell.level) < 0) problems.push({ path: where, message: `Cell names unknown priority level "${cell.level}".` });
    const key = `${cell.impact}\u0000${cell.urgency}`;
    byPair.set(key, (byPair.get(key) ?? 0) + 1);
  }
  for (const impact of matrix.impact) {
    for (const urgency of matrix.urgency) {
      const count = byPair.get(`${impact.id}\u0000${urgency.id}`) ?? 0;
      const where = `cells.${impact.id}.${urgency.id}`;
      if (count === 0)
        problems.push({
          path: where,
          message: `Impact "${impact.label}" with urgency "${urgency.label}" has no priority level; every combination needs exactly one.`,
        });
      if (count > 1) problems.push({ path: where, message: `Impact "${impact.label}" with urgency "${urgency.label}" has ${count} cells; keep exactly one.` });
    }
  }
  if (problems.length === 0) problems.push(...monotonicityProblems(matrix));
  return problems;
}

/** Raising impact or urgency by one step must never give a less severe level. */
function monotonicityProblems(matrix: PriorityMatrix): MatrixProblem[] {
  const rank = (i: number, u: number) => {
    const cell = matrix.cells.find((c) => c.impact === matrix.impact[i]!.id && c.urgency === matrix.urgency[u]!.id)!;
    return levelRank(matrix, cell.level);
  };
  const problems: MatrixProblem[] = [];
  for (let i = 0; i < matrix.impact.length; i++) {
    for (let u = 0; u < matrix.urgency.length; u++) {
      const here = rank(i, u);
      const where = `cells.${matrix.impact[i]!.id}.${matrix.urgency[u]!.id}`;
      if (i + 1 < matrix.impact.length && rank(i + 1, u) > here) {
        problems.push({
          path: where,
          message: `Raising impact from "${matrix.impact[i]!.label}" to "${matrix.impact[i + 1]!.label}" lowers the priority; higher impact must never mean lower priority.`,
        });
      }
      if (u + 1 < matrix.urgency.length && rank(i, u + 1) > here) {
        problems.push({
          path: where,
          message: `Raising urgency from "${matrix.urgency[u]!.label}" to "${matrix.urgency[u + 1]!.label}" lowers the priority; higher urgency must never mean lower priority.`,
        });
      }
    }
  }
  return problems;
}
