import { useT } from '../../../common/i18n/i18n-provider';
import { SelectInput } from '../fields';
import type { SectionProps } from '../section-props';
import { onOrAfterWeekday } from '../zone-time';
import { PagingPolicyEditor } from './paging-policy-editor';
import { RotaEditor, type RotaDoc } from './rota-editor';
import { RotaPreview } from './rota-preview';

/** A new rota: weekly on Monday at 09:00 in the admin's zone, starting next Monday. */
function newRota(zone: string | null): RotaDoc {
  const today = new Date().toISOString().slice(0, 10);
  const id = `rota-${Math.random().toString(36).slice(2, 10)}`;
  return {
    id,
    name: '',
    zone: zone ?? 'UTC',
    handOff: { every: 'week', weekday: 1, at: '09:00' },
    startsOn: onOrAfterWeekday(today, 1),
    primary: [],
    secondary: [],
    overrides: [],
  };
}

/** Who is on call (rotas per team) and when the app pages them (issue 31). */
export function OnCallSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const { oncall } = draft;
  const rotaChoices = oncall.rotas.map((r) => ({ value: r.id, label: r.name || t('admin.oncall.rotaWithoutName') }));
  const projects = draft.scope.allProjects ? view.site.projects : view.site.projects.filter((p) => draft.scope.projectKeys.includes(p.key));
  const saved = (rota: RotaDoc) => view.config.oncall.rotas.find((r) => r.id === rota.id);
  return (
    <div>
      <p className="muted">{t('admin.oncall.intro')}</p>
      <h3>{t('admin.oncall.rotas.heading')}</h3>
      {oncall.rotas.length === 0 && <p>{t('admin.oncall.rotas.none')}</p>}
      {oncall.rotas.map((rota, i) => {
        const preview = view.rotaPreviews.find((p) => p.rotaId === rota.id);
        const unchanged = JSON.stringify(saved(rota)) === JSON.stringify(rota);
        return (
          <fieldset key={rota.id} className="settings-fieldset" data-testid={`rota-${i}`}>
            <legend>{rota.name || t('admin.oncall.newRota')}</legend>
            <RotaEditor
              rota={rota}
              pathPrefix={`oncall.rotas.${i}`}
              problem={problem}
              testId={`rota-${i}-edit`}
              onChange={(r) => update((d) => void (d.oncall.rotas[i] = r))}
            />
            <h4>{t('admin.oncall.whoIsOnCall')}</h4>
            {preview && unchanged ? (
              <RotaPreview preview={preview} zone={rota.zone} testId={`rota-${i}-preview`} />
            ) : (
              <p className="muted" data-testid={`rota-${i}-preview-pending`}>
                {t('admin.oncall.previewPending')}
              </p>
            )}
            <button
              type="button"
              onClick={() =>
                update((d) => {
                  d.oncall.rotas.splice(i, 1);
                  if (d.oncall.defaultRotaId === rota.id) d.oncall.defaultRotaId = null;
                  for (const [key, id] of Object.entries(d.oncall.rotaByProject)) if (id === rota.id) delete d.oncall.rotaByProject[key];
                })
              }
            >
              {t('admin.oncall.removeRota')}
            </button>
          </fieldset>
        );
      })}
      <button type="button" data-testid="rota-add" onClick={() => update((d) => void d.oncall.rotas.push(newRota(view.site.timeZone)))}>
        {t('admin.oncall.addRota')}
      </button>
      <h3>{t('admin.oncall.whichRota.heading')}</h3>
      <SelectInput
        label={t('admin.oncall.defaultRota.label')}
        value={oncall.defaultRotaId ?? ''}
        options={[{ value: '', label: t('admin.oncall.defaultRota.none') }, ...rotaChoices]}
        testId="rota-default"
        problem={problem('oncall.defaultRotaId')}
        help={t('admin.oncall.defaultRota.help')}
        onChange={(v) => update((d) => void (d.oncall.defaultRotaId = v || null))}
      />
      {oncall.rotas.length > 0 && (
        <table data-testid="rota-projects">
          <thead>
            <tr>
              <th scope="col">{t('admin.oncall.byProject.project')}</th>
              <th scope="col">{t('admin.oncall.byProject.rota')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.key}>
                <th scope="row">{p.name}</th>
                <td>
                  <SelectInput
                    label={t('admin.oncall.byProject.rotaFor', { project: p.name })}
                    value={oncall.rotaByProject[p.key] ?? ''}
                    options={[{ value: '', label: t('admin.oncall.byProject.default') }, ...rotaChoices]}
                    problem={problem(`oncall.rotaByProject.${p.key}`)}
                    onChange={(v) =>
                      update((d) => {
                        if (v) d.oncall.rotaByProject[p.key] = v;
                        else delete d.oncall.rotaByProject[p.key];
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('admin.oncall.policyHeading')}</h3>
      <PagingPolicyEditor draft={draft} update={update} problem={problem} />
      <SelectInput
        label={t('admin.oncall.calendar.label')}
        value={oncall.calendarId ?? ''}
        options={[{ value: '', label: t('admin.oncall.calendar.policyCalendar') }, ...draft.sla.calendars.map((c) => ({ value: c.id, label: c.name }))]}
        testId="paging-calendar"
        problem={problem('oncall.calendarId')}
        help={t('admin.oncall.calendar.help')}
        onChange={(v) => update((d) => void (d.oncall.calendarId = v || null))}
      />
    </div>
  );
}
