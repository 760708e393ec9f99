import { CheckboxInput } from '../fields';
import type { SectionProps } from '../section-props';
import { PathEditor, RecipientsEditor } from './recipients-editor';

/** Seed 002's defined escalation path: who hears of SLA warnings and breaches, per level, and of legal deadlines. */
export function EscalationSection({ draft, update, problem }: SectionProps) {
  const esc = draft.sla.escalation;
  return (
    <div>
      <h3>Default path</h3>
      <PathEditor value={esc.default} testId="escalation-default" onChange={(p) => update((d) => void (d.sla.escalation.default = p))} />
      <h3>Per priority level</h3>
      {draft.priority.matrix.levels.map((l) => {
        const own = esc.byLevel[l.id];
        return (
          <div key={l.id}>
            <CheckboxInput
              label={`${l.label} has its own path`}
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
      <h3>Legal deadlines</h3>
      <RecipientsEditor
        title="Reminders of legal deadlines go to"
        value={draft.legal.escalation.recipients}
        problem={problem('legal.escalation.recipients')}
        onChange={(r) => update((d) => void (d.legal.escalation.recipients = r))}
      />
      <p className="muted">The incident's legal lead and commander are always reminded too.</p>
    </div>
  );
}
