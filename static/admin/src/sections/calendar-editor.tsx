import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { useT } from '../../../common/i18n/i18n-provider';
import { ListInput, TextInput } from '../fields';
import type { Update } from '../use-settings';
import { weekdayName } from './rota-editor';

type Calendar = SettingsDocument['sla']['calendars'][number];
/** The calendar's weekdays, Monday first (ISO weekday = index + 1); their names come from Intl in the viewer's language. */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "09:00-12:00, 13:00-17:00" <-> working periods; what does not parse is kept as typed and refused on save. */
const showPeriods = (periods: Calendar['week']['mon']) => periods.map((p) => `${p.start}-${p.end}`).join(', ');
const readPeriods = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [start = '', end = ''] = s.split('-').map((x) => x.trim());
      return { start, end };
    });

/** One business calendar: its zone, working hours per weekday, public holidays and closed days. */
export function CalendarEditor({
  index: i,
  calendar: cal,
  inUse,
  update,
  problem,
  proposal,
}: {
  index: number;
  calendar: Calendar;
  inUse: boolean;
  update: Update;
  problem: (path: string) => string | undefined;
  /** From the admin's profile: their time zone, and the country whose holidays it suggests. */
  proposal: { timeZone: string | null; country: string | null };
}) {
  const { t, locale } = useT();
  const at = `sla.calendars.${i}`;
  const proposeZone = proposal.timeZone && proposal.timeZone !== cal.timeZone ? proposal.timeZone : null;
  const proposeCountry = proposal.country && proposal.country !== cal.holidays?.country ? proposal.country : null;
  return (
    <fieldset data-testid={`calendar-${cal.id}`}>
      <legend>{cal.name}</legend>
      {(proposeZone || proposeCountry) && (
        <p className="row" data-testid={`calendar-${cal.id}-proposal`}>
          {t('admin.calendar.proposal.profile', {
            zone: proposal.timeZone ?? '',
            country: proposal.country ?? '',
            hasCountry: proposal.country ? 'yes' : 'no',
          })}
          <button
            type="button"
            onClick={() =>
              update((d) => {
                const c = d.sla.calendars[i]!;
                if (proposeZone) c.timeZone = proposeZone;
                if (proposeCountry) c.holidays = { country: proposeCountry, state: null, region: null };
              })
            }
          >
            {t('admin.calendar.proposal.use', {
              what: proposeZone && proposeCountry ? 'both' : proposeZone ? 'zone' : 'holidays',
              zone: proposeZone ?? '',
              country: proposeCountry ?? '',
            })}
          </button>
        </p>
      )}
      <div className="row">
        <TextInput
          label={t('admin.calendar.id')}
          value={cal.id}
          width={120}
          problem={problem(`${at}.id`)}
          onChange={(v) => update((d) => void (d.sla.calendars[i]!.id = v))}
        />
        <TextInput
          label={t('admin.calendar.name')}
          value={cal.name}
          problem={problem(`${at}.name`)}
          onChange={(v) => update((d) => void (d.sla.calendars[i]!.name = v))}
        />
        <TextInput
          label={t('admin.calendar.zone.label')}
          value={cal.timeZone}
          width={180}
          help={t('admin.calendar.zone.help')}
          problem={problem(`${at}.timeZone`)}
          onChange={(v) => update((d) => void (d.sla.calendars[i]!.timeZone = v))}
        />
      </div>
      <div className="row">
        {DAYS.map((day, d) => (
          <TextInput
            key={day}
            label={weekdayName(locale, d + 1)}
            width={150}
            value={showPeriods(cal.week[day])}
            help={t('admin.calendar.hours.help')}
            problem={
              problem(`${at}.week.${day}`) ?? problem(`${at}.week.${day}.0`) ?? problem(`${at}.week.${day}.0.start`) ?? problem(`${at}.week.${day}.0.end`)
            }
            testId={`calendar-${cal.id}-${day}`}
            onChange={(v) => update((d) => void (d.sla.calendars[i]!.week[day] = readPeriods(v)))}
          />
        ))}
      </div>
      {problem(`${at}.week`) && <div className="problem">{problem(`${at}.week`)}</div>}
      <div className="row">
        <TextInput
          label={t('admin.calendar.holidays.country.label')}
          value={cal.holidays?.country ?? ''}
          width={80}
          help={t('admin.calendar.holidays.country.help')}
          problem={problem(`${at}.holidays`) ?? problem(`${at}.holidays.country`)}
          onChange={(v) =>
            update(
              (d) =>
                void (d.sla.calendars[i]!.holidays = v.trim()
                  ? { country: v.trim().toUpperCase(), state: d.sla.calendars[i]!.holidays?.state ?? null, region: null }
                  : null),
            )
          }
        />
        <TextInput
          label={t('admin.calendar.holidays.state.label')}
          value={cal.holidays?.state ?? ''}
          width={80}
          help={t('admin.calendar.holidays.state.help')}
          onChange={(v) =>
            update((d) => void (d.sla.calendars[i]!.holidays && (d.sla.calendars[i]!.holidays!.state = v.trim() ? v.trim().toUpperCase() : null)))
          }
        />
        <ListInput
          label={t('admin.calendar.closedDates.label')}
          values={cal.closedDates}
          help={t('admin.calendar.closedDates.help')}
          problem={problem(`${at}.closedDates`)}
          onChange={(v) => update((d) => void (d.sla.calendars[i]!.closedDates = v))}
        />
        <button
          type="button"
          disabled={inUse}
          title={inUse ? t('admin.calendar.inUse') : undefined}
          onClick={() => update((d) => void d.sla.calendars.splice(i, 1))}
        >
          {t('admin.calendar.remove')}
        </button>
      </div>
    </fieldset>
  );
}
