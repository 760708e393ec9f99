import type { SettingChangeView } from '../../../../src/shared/resolver-contract';

/** What a version (or an import) changed, path by path. */
export function ChangeList({ changes, total, testId }: { changes: SettingChangeView[]; total: number; testId?: string }) {
  if (total === 0)
    return (
      <p className="muted" data-testid={testId}>
        No changes.
      </p>
    );
  return (
    <ul data-testid={testId}>
      {changes.map((c) => (
        <li key={`${c.kind}:${c.path}`}>
          <code>{c.path}</code> {c.kind === 'added' && <span className="diff-added">added {c.after}</span>}
          {c.kind === 'removed' && <span className="diff-removed">removed (was {c.before})</span>}
          {c.kind === 'changed' && (
            <span>
              <span className="diff-removed">{c.before}</span> → <span className="diff-added">{c.after}</span>
            </span>
          )}
        </li>
      ))}
      {total > changes.length && <li className="muted">and {total - changes.length} more</li>}
    </ul>
  );
}
