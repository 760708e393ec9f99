import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { ListInput, NumberInput, SelectInput } from '../fields';
import type { SectionProps } from '../section-props';
import { CalendarEditor } from './calendar-editor';

const CLOCKS: readonly { kind: 'acknowledge' | 'contain' | 'resolve'; label: MessageKey }[] = [
  { kind: 'acknowledge', label: 'admin.sla.target.acknowledge' },
  { kind: 'contain', label: 'admin.sla.target.contain' },
  { kind: 'resolve', label: 'admin.sla.target.resolve' },
];

/** Targets per priority level on a business calendar, the warning threshold, and the statuses that pause or stop clocks. */
export function SlaSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const hours = (minutes: number) => (Number.isFinite(minutes) ? t('admin.sla.workingHours', { hours: Math.round((minutes / 60) * 100) / 100 }) : '');
  const { sla } = draft;
  const calendars = sla.calendars.map((c) => ({ value: c.id, label: c.name }));
  return (
    <div>
      <h3>{t('admin.sla.targetsHeading')}</h3>
      {draft.priority.matrix.levels.map((l) => {
        const policy = sla.policies[l.id];
        if (!policy) {
          return (
            <div className="row" key={l.id}>
              <strong>{l.label}</strong> <span className="muted">{t('admin.sla.noClocks')}</span>
              <button
                type="button"
                onClick={() =>
                  update(
                    (d) =>
                      void (d.sla.policies[l.id] = { calendarId: d.sla.calendars[0]!.id, targetMinutes: { acknowledge: 240, contain: 960, resolve: 2400 } }),
                  )
                }
              >
                {t('admin.sla.addTargets')}
              </button>
            </div>
          );
        }
        return (
          <fieldset key={l.id} data-testid={`sla-policy-${l.id}`}>
            <legend>{l.label}</legend>
            <div className="row">
              <SelectInput
                label={t('admin.sla.calendar')}
                value={policy.calendarId}
                options={calendars}
                problem={problem(`sla.policies.${l.id}.calendarId`)}
                testId={`sla-${l.id}-calendar`}
                onChange={(v) => update((d) => void (d.sla.policies[l.id]!.calendarId = v))}
              />
              {CLOCKS.map((c) => (
                <NumberInput
                  key={c.kind}
                  label={t(c.label)}
                  value={policy.targetMinutes[c.kind]}
                  min={1}
                  help={hours(policy.targetMinutes[c.kind])}
                  problem={problem(`sla.policies.${l.id}.targetMinutes.${c.kind}`)}
                  testId={`sla-${l.id}-${c.kind}`}
                  onChange={(v) => update((d) => void (d.sla.policies[l.id]!.targetMinutes[c.kind] = v))}
                />
              ))}
              <button type="button" onClick={() => update((d) => void delete d.sla.policies[l.id])}>
                {t('admin.sla.removeClocks', { level: l.label })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <NumberInput
        label={t('admin.sla.warnAtPercent')}
        value={sla.warnAtPercent}
        min={1}
        problem={problem('sla.warnAtPercent')}
        onChange={(v) => update((d) => void (d.sla.warnAtPercent = v))}
      />
      <h3>{t('admin.sla.calendarsHeading')}</h3>
      {sla.calendars.map((cal, i) => (
        <CalendarEditor
          key={i}
          index={i}
          calendar={cal}
          inUse={Object.values(sla.policies).some((p) => p.calendarId === cal.id) || Object.values(draft.projects).some((p) => p.calendarId === cal.id)}
          update={update}
          problem={problem}
          proposal={{ timeZone: view.site.timeZone, country: view.site.holidayCountry }}
        />
      ))}
      <button
        type="button"
        data-testid="add-calendar"
        onClick={() =>
          update(
            (d) =>
              void d.sla.calendars.push({
                id: `calendar-${d.sla.calendars.length + 1}`,
                name: t('admin.sla.newCalendarName'),
                timeZone: 'UTC',
                week: {
                  mon: [{ start: '09:00', end: '17:00' }],
                  tue: [{ start: '09:00', end: '17:00' }],
                  wed: [{ start: '09:00', end: '17:00' }],
                  thu: [{ start: '09:00', end: '17:00' }],
                  fri: [{ start: '09:00', end: '17:00' }],
                  sat: [],
                  sun: [],
                },
                holidays: null,
                closedDates: [],
              }),
          )
        }
      >
        {t('admin.sla.addCalendar')}
      </button>
      <h3>{t('admin.sla.statuses.heading')}</h3>
      <div className="row">
        <ListInput
          label={t('admin.sla.statuses.pause')}
          values={sla.statuses.pause}
          problem={problem('sla.statuses.pause')}
          onChange={(v) => update((d) => void (d.sla.statuses.pause = v))}
        />
        <ListInput
          label={t('admin.sla.statuses.contained')}
          values={sla.statuses.contained}
          problem={problem('sla.statuses.contained')}
          onChange={(v) => update((d) => void (d.sla.statuses.contained = v))}
        />
        <ListInput
          label={t('admin.sla.statuses.resolved')}
          values={sla.statuses.resolved}
          problem={problem('sla.statuses.resolved')}
          onChange={(v) => update((d) => void (d.sla.statuses.resolved = v))}
        />
      </div>
    </div>
  );
}
