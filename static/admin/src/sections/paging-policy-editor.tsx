import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { NumberInput, SelectInput } from '../fields';
import type { Update } from '../use-settings';

type PagingHours = SettingsDocument['oncall']['policy'][string];

const HOURS: { value: PagingHours; label: MessageKey; meaning: MessageKey }[] = [
  { value: 'any-hour', label: 'admin.paging.hours.anyHour.label', meaning: 'admin.paging.hours.anyHour.meaning' },
  { value: 'business-hours', label: 'admin.paging.hours.businessHours.label', meaning: 'admin.paging.hours.businessHours.meaning' },
  { value: 'never-at-night', label: 'admin.paging.hours.neverAtNight.label', meaning: 'admin.paging.hours.neverAtNight.meaning' },
  { value: 'never', label: 'admin.paging.hours.never.label', meaning: 'admin.paging.hours.never.meaning' },
];

/** When each level of the current matrix pages, and how long a page waits for "I'm on it". */
export function PagingPolicyEditor({ draft, update, problem }: { draft: SettingsDocument; update: Update; problem: (path: string) => string | undefined }) {
  const { t } = useT();
  const { oncall } = draft;
  const hours = HOURS.map((h) => ({ value: h.value, label: t(h.label) }));
  const levels = draft.priority.matrix.levels;
  const stale = [...new Set([...Object.keys(oncall.policy), ...Object.keys(oncall.ackWindows.byLevel)])].filter((id) => !levels.some((l) => l.id === id));
  return (
    <div data-testid="paging-policy">
      <dl className="legend">
        {HOURS.map((h) => (
          <div key={h.value} style={{ display: 'contents' }}>
            <dt>{t(h.label)}</dt>
            <dd>{t(h.meaning)}</dd>
          </div>
        ))}
      </dl>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('admin.paging.table.level')}</th>
            <th scope="col">{t('admin.paging.table.pages')}</th>
            <th scope="col">{t('admin.paging.table.ackWithin')}</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.label}</th>
              <td>
                <SelectInput
                  label={t('admin.paging.whenLevelPages', { level: l.label })}
                  value={oncall.policy[l.id] ?? 'never'}
                  options={hours}
                  testId={`paging-${l.id}`}
                  problem={problem(`oncall.policy.${l.id}`)}
                  onChange={(v) => update((d) => void (d.oncall.policy[l.id] = v))}
                />
              </td>
              <td>
                <NumberInput
                  label={t('admin.paging.minutes')}
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
      <p className="muted">{t('admin.paging.ackNote')}</p>
      <NumberInput
        label={t('admin.paging.ackOtherwise')}
        value={oncall.ackWindows.otherwise}
        min={1}
        testId="ack-otherwise"
        problem={problem('oncall.ackWindows.otherwise')}
        onChange={(v) => update((d) => void (d.oncall.ackWindows.otherwise = v))}
      />
      {stale.length > 0 && (
        <div className="problems" data-testid="paging-stale">
          {t('admin.paging.stale', { levels: stale.map((s) => `"${s}"`).join(', ') })}{' '}
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
            {t('admin.paging.removeStale')}
          </button>
        </div>
      )}
    </div>
  );
}
