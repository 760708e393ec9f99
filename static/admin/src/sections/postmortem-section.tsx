import { useT } from '../../../common/i18n/i18n-provider';
import { CheckboxInput, NumberInput, SelectInput, TextInput } from '../fields';
import { JsonEditor } from '../json-editor';
import type { SectionProps } from '../section-props';

/** Which incidents need a blameless postmortem and by when, where reports are published, and their templates. */
export function PostmortemSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const pm = draft.postmortem;
  const levels = draft.priority.matrix.levels;
  const required = pm.requiredLevels ?? levels.slice(0, 2).map((l) => l.id);
  return (
    <div>
      <fieldset>
        <legend className="settings-label">{t('admin.postmortem.requiredFor')}</legend>
        {levels.map((l) => (
          <CheckboxInput
            key={l.id}
            label={l.label}
            checked={required.includes(l.id)}
            testId={`postmortem-level-${l.id}`}
            onChange={(on) => update((d) => void (d.postmortem.requiredLevels = on ? [...new Set([...required, l.id])] : required.filter((x) => x !== l.id)))}
          />
        ))}
        <p className="muted">{pm.requiredLevels === null ? t('admin.postmortem.defaultLevels') : ''}</p>
        {problem('postmortem.requiredLevels') && <div className="problem">{problem('postmortem.requiredLevels')}</div>}
      </fieldset>
      <NumberInput
        label={t('admin.postmortem.dueDays')}
        value={pm.dueDays}
        min={1}
        testId="postmortem-due-days"
        problem={problem('postmortem.dueDays')}
        onChange={(v) => update((d) => void (d.postmortem.dueDays = v))}
      />
      {view.site.confluenceSpaces ? (
        <SelectInput
          label={t('admin.postmortem.publishTo')}
          value={pm.confluenceSpaceKey ?? ''}
          testId="postmortem-space"
          help={t('admin.postmortem.restrictedStayInternal')}
          problem={problem('postmortem.confluenceSpaceKey')}
          options={[
            { value: '', label: t('admin.postmortem.internalComment') },
            ...view.site.confluenceSpaces.map((s) => ({ value: s.key, label: t('admin.postmortem.confluenceSpace', { space: s.name }) })),
            // A saved key Confluence no longer has stays visible, so saving says what is wrong with it.
            ...(pm.confluenceSpaceKey && !view.site.confluenceSpaces.some((s) => s.key === pm.confluenceSpaceKey)
              ? [{ value: pm.confluenceSpaceKey, label: t('admin.postmortem.spaceNotFound', { key: pm.confluenceSpaceKey }) }]
              : []),
          ]}
          onChange={(v) => update((d) => void (d.postmortem.confluenceSpaceKey = v || null))}
        />
      ) : (
        <TextInput
          label={t('admin.postmortem.spaceKey')}
          value={pm.confluenceSpaceKey ?? ''}
          width={160}
          help={t('admin.postmortem.noConfluence')}
          problem={problem('postmortem.confluenceSpaceKey')}
          onChange={(v) => update((d) => void (d.postmortem.confluenceSpaceKey = v.trim() || null))}
        />
      )}
      <JsonEditor
        label={t('admin.postmortem.templates')}
        value={pm.templates}
        problem={problem('postmortem.templates')}
        testId="templates-json"
        onChange={(v) => update((d) => void (d.postmortem.templates = v))}
      />
      <button type="button" onClick={() => update((d) => void (d.postmortem.templates = structuredClone(view.defaults.postmortem.templates)))}>
        {t('admin.postmortem.restoreTemplates')}
      </button>
    </div>
  );
}
