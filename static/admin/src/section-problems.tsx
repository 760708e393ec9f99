/** Problems found by the last save for one section, with where each is; kept apart from the form fields so the page's first paint loads no form library. */
export function SectionProblems({ problems }: { problems: [string, string][] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert" data-testid="section-problems">
      <strong>Fix these before saving:</strong>
      <ul>
        {problems.map(([path, message]) => (
          <li key={path}>
            {message} <span className="muted">({path || 'settings'})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
