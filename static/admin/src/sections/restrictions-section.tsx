import { useT } from '../../../common/i18n/i18n-provider';
import { NumberInput, SelectInput } from '../fields';
import type { SectionProps } from '../section-props';

/** Issue security per category: sensitive reports are locked down the moment they arrive. */
export function RestrictionsSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const levels = view.site.securityLevels;
  const known = new Set(levels ?? []);
  return (
    <div>
      <p className="muted">
        {t('admin.restrictions.intro')} {levels === null ? t('admin.restrictions.levelsUnknown') : ''}
      </p>
      {draft.taxonomy.categories.map((c, i) => {
        const options = [
          { value: '', label: t('admin.restrictions.notRestricted') },
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
        label={t('admin.restrictions.retention.label')}
        value={draft.response.deletedRetentionDays}
        min={1}
        testId="deleted-retention-days"
        help={t('admin.restrictions.retention.help', { max: 365 })}
        problem={problem('response.deletedRetentionDays')}
        onChange={(v) => update((d) => void (d.response.deletedRetentionDays = v))}
      />
      <DeletedIncidents view={view} />
    </div>
  );
}

/** Where a message's value is set as code (the timeline's last hash). */
const HASH_MARK = '\u0000';

/** What remains of deleted incidents: enough to prove they existed, and what their chain and evidence were. */
function DeletedIncidents({ view }: Pick<SectionProps, 'view'>) {
  const { t, locale } = useT();
  const deleted = view.deletedIncidents;
  // As toLocaleString() in the viewer's locale, with the zone named (Intl refuses dateStyle with timeZoneName).
  const when = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
  return (
    <div data-testid="deleted-incidents">
      <h4>{t('admin.restrictions.deleted.heading')}</h4>
      {deleted.length === 0 ? (
        <p className="muted">{t('admin.restrictions.deleted.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.restrictions.deleted.issue')}</th>
              <th scope="col">{t('admin.restrictions.deleted.deletedAt')}</th>
              <th scope="col">{t('admin.restrictions.deleted.by')}</th>
              <th scope="col">{t('admin.restrictions.deleted.classification')}</th>
              <th scope="col">{t('admin.restrictions.deleted.timeline')}</th>
              <th scope="col">{t('admin.restrictions.deleted.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {deleted.map((tomb) => {
              // The hash is code, set in <code> where the sentence puts it.
              const [beforeHash, afterHash] = t('admin.restrictions.deleted.entries', { count: tomb.timelineEntries, hash: HASH_MARK }).split(HASH_MARK);
              return (
                <tr key={`${tomb.issueKey}-${tomb.deletedAt}`}>
                  <td>{tomb.issueKey}</td>
                  <td>{when.format(new Date(tomb.deletedAt))}</td>
                  <td>{tomb.deletedBy}</td>
                  <td>
                    {t('admin.restrictions.deleted.categoryAndPriority', {
                      category: tomb.category ?? '',
                      hasCategory: tomb.category ? 'yes' : 'no',
                      priority: tomb.priority ?? '',
                      hasPriority: tomb.priority ? 'yes' : 'no',
                    })}
                  </td>
                  <td>
                    {beforeHash}
                    <code>{tomb.lastHash.slice(0, 16)}…</code>
                    {afterHash}
                  </td>
                  <td>{t('admin.restrictions.deleted.evidenceKept', { count: tomb.evidenceHashes.length })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
