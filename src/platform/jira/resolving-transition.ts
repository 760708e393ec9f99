/** A transition as GET /rest/api/3/issue/{issueIdOrKey}/transitions?expand=transitions.fields lists it (IssueTransition). */
export interface OfferedTransition {
  id?: string;
  name?: string;
  to?: { name?: string; statusCategory?: { key?: string } };
  /** The screen's fields (FieldMetadata by field id); the resolution's allowed values are Resolution beans. */
  fields?: Record<string, { required?: boolean; allowedValues?: unknown[] } | undefined>;
}

/** Names that resolve, as Jira's and JSM's workflows name them. */
const RESOLVES = /^(resolve|resolve this issue|resolve issue|done|mark as done|complete|completed)$/i;
/** Names that end a request without doing it: the reporter would read "declined" or "canceled". */
const ENDS_UNDONE = /\b(decline|declined|cancel|canceled|cancelled|won'?t do|reject|rejected)\b/i;
/** Resolutions by preference; one that says it was not done is never chosen. */
const GOOD_RESOLUTIONS = [/^done$/i, /^resolved$/i, /^fixed$/i, /^completed?$/i];

const rankOf = (t: OfferedTransition) => {
  const name = (t.name ?? '').trim();
  if (RESOLVES.test(name)) return 0;
  return ENDS_UNDONE.test(name) || ENDS_UNDONE.test(t.to?.name ?? '') ? 2 : 1;
};

/**
 * The transition that resolves a request, of those offered to a done status: one named Resolve,
 * Resolve this issue or Done first, then any other, and Decline, Cancel or Won't do only when
 * nothing else leads to done (in the workflow's order within each). With a resolution to send when
 * the transition's screen has that field: Done (else Resolved, Fixed, Completed), by id. Null when
 * no transition leads to done, or its screen requires a resolution none of whose values says done.
 * @example resolvingTransition([{ id: '35', name: 'Cancel request', to: { statusCategory: { key: 'done' } } }, { id: '41', name: 'Resolve', to: { statusCategory: { key: 'done' } } }])
 *   // { id: '41', resolution: null }
 */
export function resolvingTransition(offered: readonly OfferedTransition[]): { id: string; resolution: { id: string } | { name: string } | null } | null {
  const toDone = offered.filter((t): t is OfferedTransition & { id: string } => !!t.id && t.to?.statusCategory?.key === 'done');
  const ranked = toDone.map((t, i) => ({ t, i, rank: rankOf(t) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  for (const { t } of ranked) {
    const field = t.fields?.resolution;
    if (!field) return { id: t.id, resolution: null };
    const resolution = goodResolution(field.allowedValues ?? []);
    if (resolution) return { id: t.id, resolution };
    if (!field.required) return { id: t.id, resolution: null };
  }
  return null;
}

function goodResolution(allowed: readonly unknown[]): { id: string } | { name: string } | null {
  const values = allowed.filter((v): v is { id?: string; name?: string } => typeof v === 'object' && v !== null);
  for (const pattern of GOOD_RESOLUTIONS) {
    const found = values.find((v) => pattern.test(v.name ?? ''));
    if (found?.id) return { id: found.id };
    if (found?.name) return { name: found.name };
  }
  return null;
}
