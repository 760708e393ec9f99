import { Checkbox } from '@atlaskit/checkbox';
import Lozenge from '@atlaskit/lozenge';
import { Stack } from '@atlaskit/primitives';
import Heading from '@atlaskit/heading';
import { ActionButton } from '../../../common/action-button';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import type { SectionProps } from '../section-props';

const STREAM_NAMES: Record<'detection' | 'response', MessageKey> = {
  detection: 'admin.gettingStarted.stream.detection',
  response: 'admin.gettingStarted.stream.response',
};

/**
 * The first thing an admin sees: seed 002's minimal program as a checklist (ticked by the app
 * where it can see the answer), the OWASP SAMM grades with what to do next, and whether the
 * scheduled sweep runs.
 */
export function GettingStartedSection({ view, dirty, saveNow, go }: SectionProps & { go: (section: string) => void }) {
  const { t, locale } = useT();
  const confirm = (id: string, on: boolean) => {
    const doc = structuredClone(view.config);
    doc.program.confirmedSteps = on ? [...new Set([...doc.program.confirmedSteps, id])] : doc.program.confirmedSteps.filter((s) => s !== id);
    return saveNow(doc);
  };
  const done = view.checklist.filter((c) => c.done).length;
  return (
    <Stack space="space.300">
      {view.taxonomyReview.due && (
        <div className="problems" role="status" data-testid="taxonomy-review-due">
          {view.taxonomyReview.dueAt
            ? t('admin.gettingStarted.reviewDue', { date: new Date(view.taxonomyReview.dueAt).toLocaleDateString(locale) })
            : t('admin.gettingStarted.neverReviewed')}{' '}
          <button type="button" onClick={() => go('taxonomy')}>
            {t('admin.gettingStarted.reviewIt')}
          </button>
        </div>
      )}
      <section aria-labelledby="checklist-heading">
        <Heading size="small" as="h3" id="checklist-heading">
          {t('admin.gettingStarted.checklistHeading', { done, total: view.checklist.length })}
        </Heading>
        <ul className="checklist" data-testid="checklist">
          {view.checklist.map((item) => (
            <li key={item.id} data-testid={`check-${item.id}`} data-done={item.done}>
              <div className="row">
                <Lozenge appearance={item.done ? 'success' : 'default'}>{item.done ? t('admin.gettingStarted.done') : t('admin.gettingStarted.toDo')}</Lozenge>
                <strong>{item.label}</strong>
                {item.source === 'app' && <span className="muted">{t('admin.gettingStarted.seenByApp')}</span>}
                {!item.done && item.section !== 'getting-started' && (
                  <button type="button" onClick={() => go(item.section)}>
                    {t('admin.gettingStarted.setUp')}
                  </button>
                )}
                {item.source !== 'app' && (
                  <Checkbox
                    label={t('admin.gettingStarted.doneOutside')}
                    isChecked={item.source === 'confirmed'}
                    isDisabled={dirty}
                    onChange={(e) => void confirm(item.id, e.currentTarget.checked)}
                    testId={`confirm-${item.id}`}
                  />
                )}
              </div>
              <div className="muted">{item.why}</div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="maturity-heading">
        <Heading size="small" as="h3" id="maturity-heading">
          {t('admin.gettingStarted.maturityHeading')}
        </Heading>
        <p className="muted">
          {t('admin.gettingStarted.graded', {
            exercises: view.facts.exercises12m,
            published: view.facts.postmortemsPublished12m,
            required: view.facts.postmortemsRequired12m,
          })}
        </p>
        {view.maturity.map((m) => {
          const next = m.criteria.find((c) => !c.met);
          return (
            <div key={m.stream} data-testid={`maturity-${m.stream}`} style={{ marginBlockEnd: 12 }}>
              <div className="row">
                <strong>{t(STREAM_NAMES[m.stream])}</strong>
                <Lozenge appearance={m.level >= 2 ? 'success' : m.level === 1 ? 'inprogress' : 'moved'}>
                  {t('admin.gettingStarted.level', { level: m.level })}
                </Lozenge>
              </div>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.gettingStarted.column.level')}</th>
                    <th scope="col">{t('admin.gettingStarted.column.asks')}</th>
                    <th scope="col">{t('admin.gettingStarted.column.inPlace')}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.criteria.map((c) => (
                    <tr key={c.id}>
                      <td>{c.level}</td>
                      <td>
                        {c.label}
                        {!c.met && <div className="muted">{t('admin.gettingStarted.next', { next: c.next })}</div>}
                      </td>
                      <td>{c.met ? t('admin.gettingStarted.met') : t('admin.gettingStarted.notYet')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {next && <p className="muted">{t('admin.gettingStarted.toReach', { level: Math.min(3, m.level + 1), next: next.next })}</p>}
            </div>
          );
        })}
        <ActionButton
          appearance="default"
          testId="metrics-reviewed"
          isDisabled={dirty}
          onClick={() => void saveNow({ ...structuredClone(view.config), program: { ...view.config.program, metricsReviewedAt: new Date().toISOString() } })}
        >
          {t('admin.gettingStarted.metricsReviewed')}
        </ActionButton>
      </section>
      <section aria-labelledby="sweep-heading">
        <Heading size="small" as="h3" id="sweep-heading">
          {t('admin.gettingStarted.sweepHeading')}
        </Heading>
        <div className="row">
          <Lozenge appearance={view.lastSweep ? 'success' : 'moved'}>
            {view.lastSweep ? t('admin.gettingStarted.sweepRunning') : t('admin.gettingStarted.sweepNotRun')}
          </Lozenge>
          <span data-testid="last-sweep">
            {view.lastSweep
              ? t('admin.gettingStarted.lastSweep', {
                  window: view.lastSweep.window,
                  at: new Date(view.lastSweep.ranAt).toLocaleString(locale, { timeZoneName: 'short' }),
                })
              : t('admin.gettingStarted.firstSweep')}
          </span>
        </div>
      </section>
    </Stack>
  );
}
