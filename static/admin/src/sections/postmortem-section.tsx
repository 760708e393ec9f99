import { CheckboxInput, NumberInput, SelectInput, TextInput } from '../fields';
import { JsonEditor } from '../json-editor';
import type { SectionProps } from '../section-props';

/** Which incidents need a blameless postmortem and by when, where reports are published, and their templates. */
export function PostmortemSection({ draft, view, update, problem }: SectionProps) {
  const pm = draft.postmortem;
  const levels = draft.priority.matrix.levels;
  const required = pm.requiredLevels ?? levels.slice(0, 2).map((l) => l.id);
  return (
    <div>
      <fieldset>
        <legend className="settings-label">A postmortem is required for</legend>
        {levels.map((l) => (
          <CheckboxInput
            key={l.id}
            label={l.label}
            checked={required.includes(l.id)}
            testId={`postmortem-level-${l.id}`}
            onChange={(on) => update((d) => void (d.postmortem.requiredLevels = on ? [...new Set([...required, l.id])] : required.filter((x) => x !== l.id)))}
          />
        ))}
        <p className="muted">{pm.requiredLevels === null ? 'Default: the two highest levels of the matrix.' : ''}</p>
        {problem('postmortem.requiredLevels') && <div className="problem">{problem('postmortem.requiredLevels')}</div>}
      </fieldset>
      <NumberInput
        label="Due this many days after the incident is resolved"
        value={pm.dueDays}
        min={1}
        testId="postmortem-due-days"
        problem={problem('postmortem.dueDays')}
        onChange={(v) => update((d) => void (d.postmortem.dueDays = v))}
      />
      {view.site.confluenceSpaces ? (
        <SelectInput
          label="Publish reports to"
          value={pm.confluenceSpaceKey ?? ''}
          testId="postmortem-space"
          help="Reports of restricted incidents always stay internal comments on the incident, whatever is chosen here."
          problem={problem('postmortem.confluenceSpaceKey')}
          options={[
            { value: '', label: 'An internal comment on the incident' },
            ...view.site.confluenceSpaces.map((s) => ({ value: s.key, label: `Confluence: ${s.name}` })),
            // A saved key Confluence no longer has stays visible, so saving says what is wrong with it.
            ...(pm.confluenceSpaceKey && !view.site.confluenceSpaces.some((s) => s.key === pm.confluenceSpaceKey)
              ? [{ value: pm.confluenceSpaceKey, label: `${pm.confluenceSpaceKey} (not found in Confluence)` }]
              : []),
          ]}
          onChange={(v) => update((d) => void (d.postmortem.confluenceSpaceKey = v || null))}
        />
      ) : (
        <TextInput
          label="Confluence space key"
          value={pm.confluenceSpaceKey ?? ''}
          width={160}
          help="This site has no Confluence: reports are published as internal comments on the incident."
          problem={problem('postmortem.confluenceSpaceKey')}
          onChange={(v) => update((d) => void (d.postmortem.confluenceSpaceKey = v.trim() || null))}
        />
      )}
      <JsonEditor
        label="Report templates (postmortem, final report, breach summary)"
        value={pm.templates}
        problem={problem('postmortem.templates')}
        testId="templates-json"
        onChange={(v) => update((d) => void (d.postmortem.templates = v))}
      />
      <button type="button" onClick={() => update((d) => void (d.postmortem.templates = structuredClone(view.defaults.postmortem.templates)))}>
        Restore the default templates
      </button>
    </div>
  );
}
