/** A choice editmeta offers: an id to send and the name people see. */
export interface FieldChoice {
  id: string;
  name: string;
}

export type FieldPlan = { kind: 'set'; id: string; name: string } | { kind: 'keep' } | { kind: 'cannot'; note: string };

/**
 * Which Jira priority to set for a priority level, through the level-to-priority mapping and
 * only to a value editmeta offers (priority schemes differ per project). `choices` null means the
 * caller may not edit the priority at all.
 * @example planJiraPriority('Critical', { Critical: 'Highest' }, [{ id: '1', name: 'Highest' }], 'Medium') // { kind: 'set', id: '1', name: 'Highest' }
 */
export function planJiraPriority(level: string | null, mapping: Record<string, string>, choices: FieldChoice[] | null, current: string | null): FieldPlan {
  if (level === null) return { kind: 'keep' };
  const wanted = mapping[level];
  if (!wanted) return { kind: 'cannot', note: `No Jira priority is mapped to ${level}; an admin can add it in the app's settings.` };
  if (wanted === current) return { kind: 'keep' };
  if (choices === null) return { kind: 'cannot', note: `Jira's priority could not be set to ${wanted}: the priority field cannot be edited on this issue.` };
  const choice = choices.find((c) => c.name === wanted);
  if (!choice)
    return {
      kind: 'cannot',
      note: `Jira's priority could not be set to ${wanted}: this project's priority scheme does not offer it. Check the mapping in the app's settings.`,
    };
  return { kind: 'set', id: choice.id, name: choice.name };
}

/**
 * Which issue security level to apply for a sensitive category. An issue that already has a level
 * keeps it: the app only ever locks a ticket down, never opens it up or moves it sideways.
 * @example planRestriction('Restricted', [{ id: '10100', name: 'Restricted' }], null) // { kind: 'set', id: '10100', name: 'Restricted' }
 */
export function planRestriction(restrictTo: string | null, choices: FieldChoice[] | null, current: string | null): FieldPlan {
  if (restrictTo === null || current !== null) return { kind: 'keep' };
  const choice = choices?.find((c) => c.name === restrictTo);
  if (!choice)
    return {
      kind: 'cannot',
      note: `This report could not be restricted to the security level "${restrictTo}": the project does not offer it to the app. Restrict it by hand, and check the security scheme.`,
    };
  return { kind: 'set', id: choice.id, name: choice.name };
}
