import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { NumberInput, SelectInput } from '../fields';
import type { Update } from '../use-settings';

type PagingHours = SettingsDocument['oncall']['policy'][string];

const HOURS: { value: PagingHours; label: string; meaning: string }[] = [
  { value: 'any-hour', label: 'Any hour', meaning: 'pages the person on call at once, day or night, weekends and holidays included' },
  { value: 'business-hours', label: 'Business hours only', meaning: 'pages at once during business hours; outside them, when business hours begin' },
  {
    value: 'never-at-night',
    label: 'Never at night',
    meaning:
      'nobody is woken: outside business hours the page waits for the next working morning (as business hours only, kept apart so your choice reads as you made it)',
  },
  { value: 'never', label: 'Never', meaning: 'incidents of this level page nobody; people see them in Jira as usual' },
];

/** When each level of the current matrix pages, and how long a page waits for "I'm on it". */
export function PagingPolicyEditor({ draft, update, problem }: { draft: SettingsDocument; update: Update; problem: (path: string) => string | undefined }) {
  const { oncall } = draft;
  const levels = draft.priority.matrix.levels;
  const stale = [...new Set([...Object.keys(oncall.policy), ...Object.keys(oncall.ackWindows.byLevel)])].filter((id) => !levels.some((l) => l.id === id));
  return (
    <div data-testid="paging-policy">
      <dl className="legend">
        {HOURS.map((h) => (
          <div key={h.value} style={{ display: 'contents' }}>
            <dt>{h.label}</dt>
            <dd>{h.meaning}</dd>
          </div>
        ))}
      </dl>
      <table>
        <thead>
          <tr>
            <th scope="col">Priority level</th>
            <th scope="col">Pages</th>
            <th scope="col">Acknowledge within</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.label}</th>
              <td>
                <SelectInput
                  label={`When ${l.label} pages`}
                  value={oncall.policy[l.id] ?? 'never'}
                  options={HOURS}
                  testId={`paging-${l.id}`}
                  problem={problem(`oncall.policy.${l.id}`)}
                  onChange={(v) => update((d) => void (d.oncall.policy[l.id] = v))}
                />
              </td>
              <td>
                <NumberInput
                  label="Minutes"
                  value={oncall.ackWindows.byLevel[l.id] ?? oncall.ackWindows.otherwise}
                  min={1}
                  testId={`ack-${l.id}`}
                  problem={problem(`oncall.ackWindows.byLevel.${l.id}`)}
                  onChange={(v) => update((d) => void (d.oncall.ackWindows.byLevel[l.id] = v))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        A page not acknowledged ("I'm on it") within its level's minutes goes to the secondary, then along the escalation path, a window apart.
      </p>
      <NumberInput
        label="Acknowledge within, for any other level (minutes)"
        value={oncall.ackWindows.otherwise}
        min={1}
        testId="ack-otherwise"
        problem={problem('oncall.ackWindows.otherwise')}
        onChange={(v) => update((d) => void (d.oncall.ackWindows.otherwise = v))}
      />
      {stale.length > 0 && (
        <div className="problems" data-testid="paging-stale">
          Paging is set for {stale.map((s) => `"${s}"`).join(', ')}, which the matrix no longer has.{' '}
          <button
            type="button"
            onClick={() =>
              update((d) => {
                for (const id of stale) {
                  delete d.oncall.policy[id];
                  delete d.oncall.ackWindows.byLevel[id];
                }
              })
            }
          >
            Remove them
          </button>
        </div>
      )}
    </div>
  );
}
