import { NumberInput, SelectInput } from '../fields';
import type { SectionProps } from '../section-props';

/** Issue security per category: sensitive reports are locked down the moment they arrive. */
export function RestrictionsSection({ draft, view, update, problem }: SectionProps) {
  const levels = view.site.securityLevels;
  const known = new Set(levels ?? []);
  return (
    <div>
      <p className="muted">
        Reporters always keep seeing their own request.{' '}
        {levels === null ? 'Only Jira administrators can list security levels; names are checked when an administrator saves.' : ''}
      </p>
      {draft.taxonomy.categories.map((c, i) => {
        const options = [
          { value: '', label: 'Not restricted' },
          ...[...known, ...(c.restrictTo && !known.has(c.restrictTo) ? [c.restrictTo] : [])].map((l) => ({ value: l, label: l })),
        ];
        return (
          <SelectInput
            key={c.id}
            label={c.label}
            value={c.restrictTo ?? ''}
            options={options}
            testId={`restrict-${c.id}`}
            problem={problem(`taxonomy.categories.${i}.restrictTo`)}
            onChange={(v) => update((d) => void (d.taxonomy.categories[i]!.restrictTo = v || null))}
          />
        );
      })}
      <NumberInput
        label="Keep a deleted incident's tombstone for (days)"
        value={draft.response.deletedRetentionDays}
        min={1}
        testId="deleted-retention-days"
        help="Deleting an issue deletes what the app kept for it, except this: its key, who deleted it and when, its timeline's last hash and its evidence hashes. At most 365 days."
        problem={problem('response.deletedRetentionDays')}
        onChange={(v) => update((d) => void (d.response.deletedRetentionDays = v))}
      />
      <DeletedIncidents view={view} />
    </div>
  );
}

/** What remains of deleted incidents: enough to prove they existed, and what their chain and evidence were. */
function DeletedIncidents({ view }: Pick<SectionProps, 'view'>) {
  const deleted = view.deletedIncidents;
  return (
    <div data-testid="deleted-incidents">
      <h4>Deleted incidents</h4>
      {deleted.length === 0 ? (
        <p className="muted">No incident has been deleted within the retention period.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Deleted</th>
              <th scope="col">By</th>
              <th scope="col">Category and priority</th>
              <th scope="col">Timeline</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {deleted.map((t) => (
              <tr key={`${t.issueKey}-${t.deletedAt}`}>
                <td>{t.issueKey}</td>
                <td>{new Date(t.deletedAt).toLocaleString()}</td>
                <td>{t.deletedBy}</td>
                <td>{[t.category ?? 'Not classified', t.priority ?? 'no priority'].join(', ')}</td>
                <td>
                  {t.timelineEntries} {t.timelineEntries === 1 ? 'entry' : 'entries'}, last hash <code>{t.lastHash.slice(0, 16)}…</code>
                </td>
                <td>
                  {t.evidenceHashes.length === 0 ? 'none' : `${t.evidenceHashes.length} ${t.evidenceHashes.length === 1 ? 'item' : 'items'} (SHA-256 kept)`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
