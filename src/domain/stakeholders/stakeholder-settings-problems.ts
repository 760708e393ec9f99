import type { StakeholderUpdateSettings } from './stakeholder-settings';

/** One thing wrong with the stakeholder settings: the settings path and what to do about it. */
export interface StakeholderSettingsProblem {
  path: string;
  message: string;
}

const oneOf = (names: readonly string[]) => (names.length > 0 ? names.map((n) => `"${n}"`).join(', ') : 'none defined');

/**
 * What the schema cannot say: an audience names levels and categories the matrix and taxonomy
 * have, and reaches somebody for some incident.
 * @example stakeholderSettingsProblems({ cadenceMinutes: {}, audiences: [{ name: 'Board', categories: 'every', levels: [], users: ['a'], groups: [] }] }, ['Critical'], [])
 *   // [{ path: 'stakeholders.audiences.0.levels', message: '"Board" is for no priority level: pick some, or every level.' }]
 */
export function stakeholderSettingsProblems(
  settings: StakeholderUpdateSettings,
  levels: readonly string[],
  categories: readonly string[],
): StakeholderSettingsProblem[] {
  const problems: StakeholderSettingsProblem[] = [];
  // The cadence may name levels of other matrix presets (the defaults do), as SLA policies may: switching presets keeps them.
  settings.audiences.forEach((a, i) => {
    const at = `stakeholders.audiences.${i}`;
    if (a.users.length + a.groups.length === 0) problems.push({ path: `${at}.users`, message: `"${a.name}" names nobody: pick people or groups.` });
    if (a.categories !== 'every' && a.categories.length === 0)
      problems.push({ path: `${at}.categories`, message: `"${a.name}" is for no category: pick some, or every category.` });
    if (a.levels !== 'every' && a.levels.length === 0)
      problems.push({ path: `${at}.levels`, message: `"${a.name}" is for no priority level: pick some, or every level.` });
    for (const c of a.categories === 'every' ? [] : a.categories)
      if (!categories.includes(c))
        problems.push({
          path: `${at}.categories`,
          message: `"${a.name}" names category "${c}", which the taxonomy does not have: use one of ${oneOf(categories)}.`,
        });
    for (const l of a.levels === 'every' ? [] : a.levels)
      if (!levels.includes(l))
        problems.push({
          path: `${at}.levels`,
          message: `"${a.name}" names priority level "${l}", which the matrix does not have: use one of ${oneOf(levels)}.`,
        });
  });
  return problems;
}
