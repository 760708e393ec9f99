import { useT } from '../../../common/i18n/i18n-provider';
import { TextInput } from '../fields';
import { PeoplePicker } from '../people-picker';
import type { SectionProps } from '../section-props';
import { ContactsEditor } from './contacts-editor';

/** Seed 002's program: an owner, at least two responders, a channel; and the contact inventory. */
export function PeopleSection({ draft, update, problem }: SectionProps) {
  const { t } = useT();
  const p = draft.program;
  return (
    <div>
      <h3>{t('admin.people.rolesHeading')}</h3>
      <PeoplePicker
        label={t('admin.people.owner')}
        value={p.ownerAccountId ? [p.ownerAccountId] : []}
        testId="program-owner"
        problem={problem('program.ownerAccountId')}
        help={t('admin.people.ownerHelp')}
        onChange={(ids) => update((d) => void (d.program.ownerAccountId = ids.at(-1) ?? null))}
      />
      <PeoplePicker
        label={t('admin.people.responders')}
        value={p.responderAccountIds}
        testId="program-responders"
        problem={problem('program.responderAccountIds')}
        help={t('admin.people.respondersHelp')}
        onChange={(ids) => update((d) => void (d.program.responderAccountIds = ids))}
      />
      <TextInput
        label={t('admin.people.channel')}
        value={p.channel}
        width={400}
        testId="program-channel"
        problem={problem('program.channel')}
        help={t('admin.people.channelHelp')}
        onChange={(v) => update((d) => void (d.program.channel = v))}
      />
      <p className="muted">{t('admin.people.perIncident')}</p>
      <h3>{t('admin.people.contactsHeading')}</h3>
      <ContactsEditor
        contacts={draft.response.contacts}
        pathPrefix="response.contacts"
        problem={problem}
        onChange={(c) => update((d) => void (d.response.contacts = c))}
      />
    </div>
  );
}
