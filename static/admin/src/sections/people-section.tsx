import { TextInput } from '../fields';
import { PeoplePicker } from '../people-picker';
import type { SectionProps } from '../section-props';
import { ContactsEditor } from './contacts-editor';

/** Seed 002's program: an owner, at least two responders, a channel; and the contact inventory. */
export function PeopleSection({ draft, update, problem }: SectionProps) {
  const p = draft.program;
  return (
    <div>
      <h3>Roles</h3>
      <PeoplePicker
        label="Incident-response owner"
        value={p.ownerAccountId ? [p.ownerAccountId] : []}
        testId="program-owner"
        problem={problem('program.ownerAccountId')}
        help="One person, who answers for incident response. Choosing another replaces them."
        onChange={(ids) => update((d) => void (d.program.ownerAccountId = ids.at(-1) ?? null))}
      />
      <PeoplePicker
        label="Responders"
        value={p.responderAccountIds}
        testId="program-responders"
        problem={problem('program.responderAccountIds')}
        help="At least two, with an agreement on after-hours support."
        onChange={(ids) => update((d) => void (d.program.responderAccountIds = ids))}
      />
      <TextInput
        label="Incident channel"
        value={p.channel}
        width={400}
        testId="program-channel"
        problem={problem('program.channel')}
        help="Where people coordinate, e.g. #incident in Slack; the portal is where employees report."
        onChange={(v) => update((d) => void (d.program.channel = v))}
      />
      <p className="muted">Per incident, the panel assigns commander, technical lead, coordinator, communications, legal lead and scribe.</p>
      <h3>Stakeholder and law-enforcement contacts</h3>
      <ContactsEditor
        contacts={draft.response.contacts}
        pathPrefix="response.contacts"
        problem={problem}
        onChange={(c) => update((d) => void (d.response.contacts = c))}
      />
    </div>
  );
}
