/**
 * Runbooks: per-category checklists (seed 002 asks for runbooks for the common cases; the steps
 * follow NIST SP 800-61 and the CISA playbooks). Admins replace or extend them in settings.
 */
import type { Phase } from './lifecycle-phases';

export interface RunbookStep {
  id: string;
  text: string;
  /** The lifecycle phase the step belongs to, for grouping. */
  phase: Phase;
}

export interface Runbook {
  id: string;
  title: string;
  /** Taxonomy category ids it is for; the first runbook listing an incident's category is used. */
  categories: string[];
  steps: RunbookStep[];
}

/** Which runbook an incident follows: the one for its category, else the general one, else none. */
export function runbookFor(runbooks: readonly Runbook[], category: string | null): Runbook | null {
  return (category !== null ? runbooks.find((r) => r.categories.includes(category)) : undefined) ?? runbooks.find((r) => r.categories.length === 0) ?? null;
}

export interface RunbookTick {
  done: boolean;
  by: string;
  at: string;
}

/** Ticks are kept per runbook and step, so switching category never mixes two checklists. */
export const tickKey = (runbookId: string, stepId: string) => `${runbookId}/${stepId}`;
