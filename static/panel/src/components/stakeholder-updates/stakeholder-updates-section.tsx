import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { StakeholderUpdatesView } from '../../../../../src/shared/stakeholder-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { type I18n, useT } from '../../../../common/i18n/i18n-provider';
import { useDisplayNames } from '../../../../common/use-display-names';
import { useNow } from '../../../../common/use-now';
import { PastUpdates } from './past-updates';
import { getStakeholderUpdates, sendStakeholderUpdate, snoozeStakeholderReminder } from './stakeholder-api';
import { nextChoices, type UpdateDraft, UpdateForm } from './update-form';
import { UpdatePreview } from './update-preview';
import { formatDurationIn, formatTime } from '../labels';
import { durationValues } from './update-words';

const SNOOZES = [30, 60, 120] as const;

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
  const { t, locale } = useT();
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

  if (!view) return error ? <ErrorMessage error={error} /> : <Spinner label={t('panel.stakeholderUpdates.loading')} />;
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
  const people = view.recipients.users.map((id) => names[id] ?? t('panel.stakeholderUpdates.aColleague'));
  const groups = view.recipients.groups.map((group) => t('panel.stakeholderUpdates.group', { group }));
  const when = (iso: string) => formatTime(iso, timeZone, locale);
  const recipients = [...people, ...groups];

  return (
    <Stack space="space.150" testId="stakeholder-updates">
      <Text testId="stakeholder-update-due" color={view.dueAt && Date.parse(view.dueAt) < now ? 'color.text.warning' : 'color.text'}>
        {view.dueAt
          ? t('panel.stakeholderUpdates.due.next', dueValues(view.dueAt, now, t, when))
          : t(
              !view.confirmed
                ? 'panel.stakeholderUpdates.due.notConfirmed'
                : view.cadenceMinutes === null
                  ? 'panel.stakeholderUpdates.due.noCadence'
                  : 'panel.stakeholderUpdates.due.none',
            )}
        {view.reminderAt && view.reminderAt !== view.dueAt ? ` ${t('panel.stakeholderUpdates.due.snoozed', { when: when(view.reminderAt) })}` : ''}
      </Text>
      {view.dueAt && view.canSend && (
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text size="small" color="color.text.subtle">
            {t('panel.stakeholderUpdates.snooze')}
          </Text>
          {SNOOZES.map((minutes) => (
            <Button
              key={minutes}
              appearance="subtle"
              isDisabled={busy}
              onClick={() => void run(() => snoozeStakeholderReminder(minutes))}
              testId={`stakeholder-snooze-${minutes}`}
            >
              {t('panel.stakeholderUpdates.snoozeFor', durationValues(minutes))}
            </Button>
          ))}
        </Inline>
      )}
      <Text size="small" color="color.text.subtle" testId="stakeholder-recipients">
        {recipients.length > 0
          ? t('panel.stakeholderUpdates.recipients.some', { recipients: recipients.join(', ') })
          : t('panel.stakeholderUpdates.recipients.none')}
        {view.restricted ? ` ${t('panel.stakeholderUpdates.recipients.restricted')}` : ''}
      </Text>
      {error && <ErrorMessage error={error} />}
      {sent && (
        <Text color="color.text.success" testId="stakeholder-update-sent">
          {t('panel.stakeholderUpdates.sent')}
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
              {t('panel.stakeholderUpdates.send')}
            </Button>
          </Inline>
        </Stack>
      ) : (
        <Text color="color.text.subtle">{t('panel.stakeholderUpdates.cannotSend')}</Text>
      )}
      <Heading size="xsmall" as="h4">
        {t('panel.stakeholderUpdates.past.heading')}
      </Heading>
      <PastUpdates updates={view.updates} names={names} timeZone={timeZone} />
    </Stack>
  );
}

/** When the next update is due, relative to now (within a minute: now), and by when, as the due message's values. */
function dueValues(dueAt: string, nowMs: number, t: I18n['t'], when: (iso: string) => string) {
  const ms = Date.parse(dueAt) - nowMs;
  const state = Math.abs(ms) < 60_000 ? 'now' : ms > 0 ? 'ahead' : 'overdue';
  return { state, duration: formatDurationIn(ms, t), when: when(dueAt) };
}
