import { useT } from '../../../common/i18n/i18n-provider';
import { ChoiceSelect, SelectInput, TextInput } from '../fields';
import type { SectionProps } from '../section-props';

/**
 * The impact x urgency matrix: the level of every cell (highest impact on top, as the panel draws
 * it), the levels' names, and the Jira priority each level sets.
 */
export function MatrixSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const m = draft.priority.matrix;
  const levelOptions = m.levels.map((l) => ({ value: l.id, label: l.label }));
  const cellIndex = (impact: string, urgency: string) => m.cells.findIndex((c) => c.impact === impact && c.urgency === urgency);
  const setCell = (impact: string, urgency: string, level: string) =>
    update((d) => {
      const cells = d.priority.matrix.cells;
      const i = cells.findIndex((c) => c.impact === impact && c.urgency === urgency);
      if (i >= 0) cells[i]!.level = level;
      else cells.push({ impact, urgency, score: null, level });
    });
  const priorities = [{ value: '', label: t('admin.matrix.leavePriority') }, ...view.site.jiraPriorities.map((p) => ({ value: p, label: p }))];
  return (
    <div>
      <p className="muted">{t('admin.matrix.intro', { name: m.name })}</p>
      <table data-testid="matrix-editor">
        <caption className="muted" style={{ textAlign: 'start' }}>
          {t('admin.matrix.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.matrix.corner')}</th>
            {m.urgency.map((u) => (
              <th scope="col" key={u.id}>
                {u.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...m.impact].reverse().map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.label}</th>
              {m.urgency.map((u) => {
                const cell = m.cells[cellIndex(i.id, u.id)];
                const where = `priority.matrix.cells.${i.id}.${u.id}`;
                return (
                  <td key={u.id}>
                    <ChoiceSelect
                      label={t('admin.matrix.cell', { impact: i.label, urgency: u.label })}
                      value={cell?.level ?? ''}
                      options={cell ? levelOptions : [{ value: '', label: t('admin.matrix.noLevel') }, ...levelOptions]}
                      invalid={Boolean(problem(where))}
                      testId={`matrix-cell-${i.id}-${u.id}`}
                      width={140}
                      onChange={(level) => setCell(i.id, u.id, level)}
                    />
                    {problem(where) && <div className="problem">{problem(where)}</div>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('admin.matrix.levelsHeading')}</h3>
      {m.levels.map((l, idx) => (
        <div className="row" key={l.id}>
          <TextInput
            label={t('admin.matrix.level', { number: idx + 1, id: l.id })}
            value={l.label}
            width={200}
            problem={problem(`priority.matrix.levels.${idx}.label`)}
            onChange={(v) => update((d) => void (d.priority.matrix.levels[idx]!.label = v))}
          />
          <SelectInput
            label={t('admin.matrix.setsPriority')}
            value={draft.priority.jiraPriorityByLevel[l.id] ?? ''}
            options={priorities}
            testId={`jira-priority-${l.id}`}
            problem={problem(`priority.jiraPriorityByLevel.${l.id}`)}
            onChange={(v) =>
              update((d) => {
                if (v === '') delete d.priority.jiraPriorityByLevel[l.id];
                else d.priority.jiraPriorityByLevel[l.id] = v;
              })
            }
          />
        </div>
      ))}
    </div>
  );
}
