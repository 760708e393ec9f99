import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { ListInput, TextInput } from '../fields';
import type { Update } from '../use-settings';

type Calendar = SettingsDocument['sla']['calendars'][number];
const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

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
  const at = `sla.calendars.${i}`;
  const proposeZone = proposal.timeZone && proposal.timeZone !== cal.timeZone ? proposal.timeZone : null;
  const proposeCountry = proposal.country && proposal.country !== cal.holidays?.country ? proposal.country : null;
  return (
    <fieldset data-testid={`calendar-${cal.id}`}>
      <legend>{cal.name}</legend>
      {(proposeZone || proposeCountry) && (
        <p className="row" data-testid={`calendar-${cal.id}-proposal`}>
          Your Jira profile is set to {proposal.timeZone}
          {proposal.country ? ` (public holidays of ${proposal.country})` : ''}.
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
            Use {[proposeZone, proposeCountry && `${proposeCountry} holidays`].filter(Boolean).join(' and ')} for this calendar
          </button>
        </p>
      )}
      <div className="row">
        <TextInput label="Id" value={cal.id} width={120} problem={problem(`${at}.id`)} onChange={(v) => update((d) => void (d.sla.calendars[i]!.id = v))} />
        <TextInput label="Name" value={cal.name} problem={problem(`${at}.name`)} onChange={(v) => update((d) => void (d.sla.calendars[i]!.name = v))} />
        <TextInput
          label="Time zone"
          value={cal.timeZone}
          width={180}
          help="IANA name, e.g. Europe/Berlin"
          problem={problem(`${at}.timeZone`)}
          onChange={(v) => update((d) => void (d.sla.calendars[i]!.timeZone = v))}
        />
      </div>
      <div className="row">
        {DAYS.map(([day, name]) => (
          <TextInput
            key={day}
            label={name}
            width={150}
            value={showPeriods(cal.week[day])}
            help="09:00-17:00; empty: closed"
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
          label="Public holidays: country"
          value={cal.holidays?.country ?? ''}
          width={80}
          help="e.g. DE; empty: none"
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
          label="State"
          value={cal.holidays?.state ?? ''}
          width={80}
          help="e.g. BE"
          onChange={(v) =>
            update((d) => void (d.sla.calendars[i]!.holidays && (d.sla.calendars[i]!.holidays!.state = v.trim() ? v.trim().toUpperCase() : null)))
          }
        />
        <ListInput
          label="Closed dates"
          values={cal.closedDates}
          help="YYYY-MM-DD, one per line"
          problem={problem(`${at}.closedDates`)}
          onChange={(v) => update((d) => void (d.sla.calendars[i]!.closedDates = v))}
        />
        <button
          type="button"
          disabled={inUse}
          title={inUse ? 'A policy or project uses this calendar' : undefined}
          onClick={() => update((d) => void d.sla.calendars.splice(i, 1))}
        >
          Remove calendar
        </button>
      </div>
    </fieldset>
  );
}
