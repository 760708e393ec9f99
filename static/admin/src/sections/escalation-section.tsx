import { useT } from '../../../common/i18n/i18n-provider';
import { CheckboxInput } from '../fields';
import type { SectionProps } from '../section-props';
import { PathEditor, RecipientsEditor } from './recipients-editor';

/** Seed 002's defined escalation path: who hears of SLA warnings and breaches, per level, and of legal deadlines. */
export function EscalationSection({ draft, update, problem }: SectionProps) {
  const { t } = useT();
  const esc = draft.sla.escalation;
  return (
    <div>
      <h3>{t('admin.escalation.defaultPath')}</h3>
      <PathEditor value={esc.default} testId="escalation-default" onChange={(p) => update((d) => void (d.sla.escalation.default = p))} />
      <h3>{t('admin.escalation.perLevel')}</h3>
      {draft.priority.matrix.levels.map((l) => {
        const own = esc.byLevel[l.id];
        return (
          <div key={l.id}>
            <CheckboxInput
              label={t('admin.escalation.ownPath', { level: l.label })}
              checked={own !== undefined}
              testId={`escalation-own-${l.id}`}
              onChange={(on) =>
                update((d) => void (on ? (d.sla.escalation.byLevel[l.id] = structuredClone(d.sla.escalation.default)) : delete d.sla.escalation.byLevel[l.id]))
              }
            />
            {own && <PathEditor value={own} testId={`escalation-${l.id}`} onChange={(p) => update((d) => void (d.sla.escalation.byLevel[l.id] = p))} />}
            {problem(`sla.escalation.byLevel.${l.id}`) && <div className="problem">{problem(`sla.escalation.byLevel.${l.id}`)}</div>}
          </div>
        );
      })}
      <h3>{t('admin.escalation.legalDeadlines')}</h3>
      <RecipientsEditor
        title={t('admin.escalation.legalRecipients')}
        value={draft.legal.escalation.recipients}
        problem={problem('legal.escalation.recipients')}
        onChange={(r) => update((d) => void (d.legal.escalation.recipients = r))}
      />
      <p className="muted">{t('admin.escalation.alwaysReminded')}</p>
    </div>
  );
}
