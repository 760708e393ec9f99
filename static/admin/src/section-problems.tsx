import { useT } from '../../common/i18n/i18n-provider';

/** Problems found by the last save for one section, with where each is; kept apart from the form fields so the page's first paint loads no form library. */
export function SectionProblems({ problems }: { problems: [string, string][] }) {
  const { t } = useT();
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert" data-testid="section-problems">
      <strong>{t('admin.sectionProblems.heading')}</strong>
      <ul>
        {problems.map(([path, message]) => (
          <li key={path}>
            {message} <span className="muted">({path || t('admin.sectionProblems.wholeSettings')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
