import { useT } from '../../../common/i18n/i18n-provider';
import type { SettingChangeView } from '../../../../src/shared/resolver-contract';

/** What a version (or an import) changed, path by path. */
export function ChangeList({ changes, total, testId }: { changes: SettingChangeView[]; total: number; testId?: string }) {
  const { t } = useT();
  if (total === 0)
    return (
      <p className="muted" data-testid={testId}>
        {t('admin.changeList.none')}
      </p>
    );
  return (
    <ul data-testid={testId}>
      {changes.map((c) => (
        <li key={`${c.kind}:${c.path}`}>
          <code>{c.path}</code> {c.kind === 'added' && <span className="diff-added">{t('admin.changeList.added', { value: c.after })}</span>}
          {c.kind === 'removed' && <span className="diff-removed">{t('admin.changeList.removed', { value: c.before })}</span>}
          {c.kind === 'changed' && (
            <span>
              <span className="diff-removed">{c.before}</span> → <span className="diff-added">{c.after}</span>
            </span>
          )}
        </li>
      ))}
      {total > changes.length && <li className="muted">{t('admin.changeList.more', { count: total - changes.length })}</li>}
    </ul>
  );
}
