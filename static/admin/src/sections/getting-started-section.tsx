import { Checkbox } from '@atlaskit/checkbox';
import Lozenge from '@atlaskit/lozenge';
import { Stack } from '@atlaskit/primitives';
import Heading from '@atlaskit/heading';
import { ActionButton } from '../../../common/action-button';
import type { SectionProps } from '../section-props';

const STREAM_NAMES = { detection: 'Incident detection', response: 'Incident response' } as const;

/**
 * The first thing an admin sees: seed 002's minimal program as a checklist (ticked by the app
 * where it can see the answer), the OWASP SAMM grades with what to do next, and whether the
 * scheduled sweep runs.
 */
export function GettingStartedSection({ view, dirty, saveNow, go }: SectionProps & { go: (section: string) => void }) {
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
          The "what to report" list{' '}
          {view.taxonomyReview.dueAt ? `was due for review on ${new Date(view.taxonomyReview.dueAt).toLocaleDateString()}` : 'has never been reviewed'}.{' '}
          <button type="button" onClick={() => go('taxonomy')}>
            Review it
          </button>
        </div>
      )}
      <section aria-labelledby="checklist-heading">
        <Heading size="small" as="h3" id="checklist-heading">
          Minimal incident-response program ({done} of {view.checklist.length})
        </Heading>
        <ul className="checklist" data-testid="checklist">
          {view.checklist.map((item) => (
            <li key={item.id} data-testid={`check-${item.id}`} data-done={item.done}>
              <div className="row">
                <Lozenge appearance={item.done ? 'success' : 'default'}>{item.done ? 'Done' : 'To do'}</Lozenge>
                <strong>{item.label}</strong>
                {item.source === 'app' && <span className="muted">seen by the app</span>}
                {!item.done && item.section !== 'getting-started' && (
                  <button type="button" onClick={() => go(item.section)}>
                    Set up
                  </button>
                )}
                {item.source !== 'app' && (
                  <Checkbox
                    label="done outside the app"
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
          Maturity (OWASP SAMM, incident management)
        </Heading>
        <p className="muted">
          Graded from the settings and the last 12 months: {view.facts.exercises12m} exercise{view.facts.exercises12m === 1 ? '' : 's'},{' '}
          {view.facts.postmortemsPublished12m} of {view.facts.postmortemsRequired12m} required postmortems published.
        </p>
        {view.maturity.map((m) => {
          const next = m.criteria.find((c) => !c.met);
          return (
            <div key={m.stream} data-testid={`maturity-${m.stream}`} style={{ marginBlockEnd: 12 }}>
              <div className="row">
                <strong>{STREAM_NAMES[m.stream]}</strong>
                <Lozenge appearance={m.level >= 2 ? 'success' : m.level === 1 ? 'inprogress' : 'moved'}>Level {m.level} of 3</Lozenge>
              </div>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Level</th>
                    <th scope="col">What it asks</th>
                    <th scope="col">In place</th>
                  </tr>
                </thead>
                <tbody>
                  {m.criteria.map((c) => (
                    <tr key={c.id}>
                      <td>{c.level}</td>
                      <td>
                        {c.label}
                        {!c.met && <div className="muted">Next: {c.next}</div>}
                      </td>
                      <td>{c.met ? 'Yes' : 'Not yet'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {next && (
                <p className="muted">
                  To reach level {Math.min(3, m.level + 1)}: {next.next}
                </p>
              )}
            </div>
          );
        })}
        <ActionButton
          appearance="default"
          testId="metrics-reviewed"
          isDisabled={dirty}
          onClick={() => void saveNow({ ...structuredClone(view.config), program: { ...view.config.program, metricsReviewedAt: new Date().toISOString() } })}
        >
          We reviewed the metrics today
        </ActionButton>
      </section>
      <section aria-labelledby="sweep-heading">
        <Heading size="small" as="h3" id="sweep-heading">
          Scheduled sweep
        </Heading>
        <div className="row">
          <Lozenge appearance={view.lastSweep ? 'success' : 'moved'}>{view.lastSweep ? 'Running' : 'Not run yet'}</Lozenge>
          <span data-testid="last-sweep">
            {view.lastSweep
              ? `Last run for the window starting ${view.lastSweep.window}, at ${new Date(view.lastSweep.ranAt).toLocaleString()}.`
              : 'Forge runs the sweep every five minutes; the first run comes about five minutes after installation.'}
          </span>
        </div>
      </section>
    </Stack>
  );
}
