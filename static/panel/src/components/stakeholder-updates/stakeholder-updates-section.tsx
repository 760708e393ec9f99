import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { StakeholderUpdatesView } from '../../../../../src/shared/stakeholder-contract';
import { zonedTimeInWords } from '../../../../../src/shared/time-in-words';
import { updateDueInWords } from '../../../../../src/shared/update-due-words';
import { ErrorMessage } from '../../../../common/error-message';
import { useDisplayNames } from '../../../../common/use-display-names';
import { useNow } from '../../../../common/use-now';
import { PastUpdates } from './past-updates';
import { getStakeholderUpdates, sendStakeholderUpdate, snoozeStakeholderReminder } from './stakeholder-api';
import { nextChoices, type UpdateDraft, UpdateForm } from './update-form';
import { UpdatePreview } from './update-preview';

const SNOOZES = [
  { minutes: 30, label: '30 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 120, label: '2 hours' },
] as const;

const emptyDraft = (cadence: number | null): UpdateDraft => ({
  status: 'investigating',
  known: '',
  doing: '',
  need: '',
  nextInMinutes: nextChoices(cadence).at(-1) ?? 60,
});

/**
 * "Stakeholder updates": when the next is due (in the viewer's zone, named), who receives it, a
 * snooze for the reminder, the form with a preview of exactly what recipients get, and the past updates.
 */
export default function StakeholderUpdatesSection({ timeZone, onSent }: { timeZone: string; onSent: () => void }) {
  const [view, setView] = useState<StakeholderUpdatesView | null>(null);
  // The server's clock at load against the browser's: "due in" counts on the site's time.
  const [skew, setSkew] = useState(0);
  const [draft, setDraft] = useState<UpdateDraft>(emptyDraft(null));
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const now = useNow(30_000) + skew;
  const show = useCallback((next: StakeholderUpdatesView) => {
    setView(next);
    setSkew(Date.parse(next.now) - Date.now());
  }, []);
  useEffect(() => {
    void getStakeholderUpdates().then((res) => {
      if (!res.ok) return setError(res.error);
      show(res.data);
      setDraft(emptyDraft(res.data.cadenceMinutes));
    });
  }, [show]);
  const names = useDisplayNames(view ? [...view.recipients.users, ...view.updates.map((u) => u.by)] : []);

  if (!view) return error ? <ErrorMessage error={error} /> : <Spinner label="Loading the stakeholder updates" />;
  const nextUpdateAt = new Date(now + draft.nextInMinutes * 60_000).toISOString();
  const run = async (call: () => ReturnType<typeof getStakeholderUpdates>, after?: () => void) => {
    setBusy(true);
    setError(null);
    const res = await call();
    setBusy(false);
    if (!res.ok) return setError(res.error);
    show(res.data);
    after?.();
  };
  const send = () =>
    run(
      () => sendStakeholderUpdate({ status: draft.status, known: draft.known, doing: draft.doing, need: draft.need, nextUpdateAt, basedOn: view.lastSeq }),
      () => {
        setSent(true);
        setDraft(emptyDraft(view.cadenceMinutes));
        onSent();
      },
    );
  const people = view.recipients.users.map((id) => names[id] ?? 'a colleague');
  const groups = view.recipients.groups.map((g) => `the group ${g}`);
  const recipients = [...people, ...groups];

  return (
    <Stack space="space.150" testId="stakeholder-updates">
      <Text testId="stakeholder-update-due" color={view.dueAt && Date.parse(view.dueAt) < now ? 'color.text.warning' : 'color.text'}>
        {view.dueAt
          ? `Next update ${updateDueInWords(view.dueAt, now)}, by ${zonedTimeInWords(view.dueAt, timeZone)}.`
          : !view.confirmed
            ? 'Updates fall due on a cadence once the incident is confirmed.'
            : view.cadenceMinutes === null
              ? 'This level has no update cadence: send an update when stakeholders need one.'
              : 'No update is due: the incident is resolved or closed.'}
        {view.reminderAt && view.reminderAt !== view.dueAt ? ` The reminder is snoozed until ${zonedTimeInWords(view.reminderAt, timeZone)}.` : ''}
      </Text>
      {view.dueAt && view.canSend && (
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text size="small" color="color.text.subtle">
            Snooze the reminder for
          </Text>
          {SNOOZES.map((s) => (
            <Button
              key={s.minutes}
              appearance="subtle"
              isDisabled={busy}
              onClick={() => void run(() => snoozeStakeholderReminder(s.minutes))}
              testId={`stakeholder-snooze-${s.minutes}`}
            >
              {s.label}
            </Button>
          ))}
        </Inline>
      )}
      <Text size="small" color="color.text.subtle" testId="stakeholder-recipients">
        {recipients.length > 0
          ? `Goes by Jira notification to ${recipients.join(', ')}; never to the reporter.`
          : 'No stakeholders are set for this category and level: an admin sets them in the app settings, under Stakeholder updates. The update is still recorded in the timeline.'}
        {view.restricted ? ' This incident is restricted: only recipients who can see it receive updates.' : ''}
      </Text>
      {error && <ErrorMessage error={error} />}
      {sent && (
        <Text color="color.text.success" testId="stakeholder-update-sent">
          Sent. The update is in the timeline and the list below.
        </Text>
      )}
      {view.canSend ? (
        <Stack space="space.150">
          <UpdateForm
            draft={draft}
            onChange={(next) => {
              setDraft(next);
              setSent(false);
            }}
            cadenceMinutes={view.cadenceMinutes}
            nextUpdateAt={nextUpdateAt}
            timeZone={timeZone}
            fieldErrors={error?.fields ?? {}}
            isDisabled={busy}
          />
          <UpdatePreview
            update={{ status: draft.status, known: draft.known, doing: draft.doing, need: draft.need, nextUpdateAt }}
            subject={view.subject}
            timeZone={view.messageTimeZone}
          />
          <Inline>
            <Button
              appearance="primary"
              isDisabled={busy || !draft.known.trim() || !draft.doing.trim()}
              onClick={() => void send()}
              testId="stakeholder-update-send"
            >
              Send the update
            </Button>
          </Inline>
        </Stack>
      ) : (
        <Text color="color.text.subtle">Sending updates needs permission to edit the issue.</Text>
      )}
      <Heading size="xsmall" as="h4">
        Past updates
      </Heading>
      <PastUpdates updates={view.updates} names={names} timeZone={timeZone} />
    </Stack>
  );
}
