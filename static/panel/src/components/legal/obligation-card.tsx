import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { type I18n, useT } from '../../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../../common/i18n/message-key';
import { ErrorMessage } from '../../../../common/error-message';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, LegalRecordAction, ObligationView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { formatDurationIn, formatTime } from '../labels';
import { VERIFICATION_KEYS } from './legal-words';
import { isoToZonedInput, zonedInputToIso } from './zoned-time';
import { RouterLink } from '../../../../common/router-link';

type Appearance = 'default' | 'inprogress' | 'moved' | 'removed' | 'success' | 'new';
const cardStyle = xcss({
  borderColor: 'color.border.discovery',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.100',
});

function badge(o: ObligationView, now: number): { text: MessageKey; appearance: Appearance } {
  const deadline = o.delayedUntil ?? o.dueAt;
  switch (o.state) {
    case 'sent':
      return o.dueAt && o.sendings.some((s) => Date.parse(s.sentAt) > Date.parse(o.dueAt!))
        ? { text: 'panel.legal.state.sentLate', appearance: 'moved' }
        : { text: 'panel.legal.state.sent', appearance: 'success' };
    case 'not-required':
      return { text: 'panel.legal.state.notRequired', appearance: 'default' };
    case 'waiting':
      return { text: o.projected ? 'panel.legal.state.projected' : 'panel.legal.state.notStarted', appearance: 'default' };
    case 'delayed':
      return deadline && now > Date.parse(deadline)
        ? { text: 'panel.legal.state.delayEnded', appearance: 'removed' }
        : { text: 'panel.legal.state.delayed', appearance: 'new' };
    default:
      if (o.kind !== 'hard' || !deadline)
        return { text: o.kind === 'on_request' ? 'panel.legal.state.onRequest' : 'panel.legal.state.withoutUndueDelay', appearance: 'new' };
      if (now > Date.parse(deadline)) return { text: 'panel.legal.state.overdue', appearance: 'removed' };
      return Date.parse(deadline) - now < (Date.parse(deadline) - Date.parse(o.startedAt!)) / 4
        ? { text: 'panel.legal.state.dueSoon', appearance: 'moved' }
        : { text: 'panel.legal.state.running', appearance: 'new' };
  }
}

function timing(o: ObligationView, now: number, timeZone: string, { t, locale }: I18n): string[] {
  const lines: string[] = [];
  const deadline = o.delayedUntil ?? o.dueAt;
  const time = (iso: string) => formatTime(iso, timeZone, locale);
  if (o.softWording) lines.push(t('panel.legal.timing.lawSays', { wording: o.softWording }));
  if (o.dueAt) {
    const left = Date.parse(deadline!) - now;
    const counting = o.state === 'open' || o.state === 'delayed';
    lines.push(
      t('panel.legal.timing.deadline', {
        projected: o.projected ? 'yes' : 'no',
        due: time(o.dueAt),
        hasRegulator: o.zone !== timeZone ? 'yes' : 'no',
        regulator: formatTime(o.dueAt, o.zone, locale),
        countdown: !counting ? 'none' : left > 0 ? 'left' : 'overdue',
        duration: formatDurationIn(left, t),
      }),
    );
  } else if (o.kind === 'on_request') lines.push(t('panel.legal.timing.onRequest'));
  if (o.delayedUntil) lines.push(t('panel.legal.timing.delayedUntil', { until: time(o.delayedUntil) }));
  if (o.targetAt) lines.push(t('panel.legal.timing.policyTarget', { target: time(o.targetAt) }));
  lines.push(
    o.startedAt && !o.projected
      ? t('panel.legal.timing.started', { at: time(o.startedAt), when: o.startsWhen.toLowerCase() })
      : t('panel.legal.timing.startsWhen', { when: o.startsWhen }),
  );
  return lines;
}

interface Props {
  obligation: ObligationView;
  view: IncidentView;
  now: number;
  timeZone: string;
  onRecord: (action: LegalRecordAction) => Promise<ErrorBody | null>;
}

/** One legal obligation: regime, stage, recipient, its clock, citation with its verification level, and its actions. */
export function ObligationCard({ obligation: o, view, now, timeZone, onRecord }: Props) {
  const i18n = useT();
  const { t, locale } = i18n;
  const [form, setForm] = useState<'sent' | 'decide' | null>(null);
  const state = badge(o, now);
  // Nothing to send while a question still decides it (NIS2 before the incident is judged significant).
  const owed = o.decidedBy === null && (o.state === 'open' || o.state === 'waiting' || o.state === 'delayed' || (o.state === 'sent' && o.repeatable));
  return (
    <Box as="li" xcss={cardStyle} testId={`legal-obligation-${o.ruleId}`}>
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text weight="semibold">{o.regime}</Text>
          <Text>{o.stage}</Text>
          <Lozenge appearance={state.appearance} testId={`legal-state-${o.ruleId}`}>
            {t(state.text)}
          </Lozenge>
          {o.applicability === 'possible' && <Lozenge appearance="default">{t('panel.legal.card.possible')}</Lozenge>}
        </Inline>
        <Text color="color.text.subtle">{t('panel.legal.card.to', { recipient: o.recipient })}</Text>
        {timing(o, now, timeZone, i18n).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        <Text size="small" testId={`legal-citation-${o.ruleId}`}>
          {o.urls[0] ? (
            <RouterLink to={o.urls[0]} newTab>
              {o.citation}
            </RouterLink>
          ) : (
            o.citation
          )}{' '}
          · {t(VERIFICATION_KEYS[o.verification])}
          {o.overriddenBy ? ` · ${t('panel.legal.card.changedFor', { who: o.overriddenBy })}` : ''}
        </Text>
        {o.exceptions && (
          <Text size="small" color="color.text.subtle">
            {o.exceptions}
          </Text>
        )}
        {o.sendings.map((s) => (
          <Text key={s.id} size="small">
            {t('panel.legal.card.sending', {
              at: formatTime(s.sentAt, timeZone, locale),
              recipient: s.recipient,
              hasReference: s.reference ? 'yes' : 'no',
              reference: s.reference ?? '',
              hasLateReason: s.lateReason ? 'yes' : 'no',
              lateReason: s.lateReason ?? '',
            })}
          </Text>
        ))}
        {o.decision && (
          <Text size="small">
            {t('panel.legal.card.decision', {
              decision: o.decision.decision === 'not-required' ? 'notRequired' : o.decision.decision,
              authority: o.decision.delay?.authority ?? '',
              hasRationale: o.decision.rationale ? 'yes' : 'no',
              rationale: o.decision.rationale ?? '',
              at: formatTime(o.decision.at, timeZone, locale),
            })}
          </Text>
        )}
        {view.canEdit && owed && !form && (
          <Inline space="space.100">
            <Button appearance="primary" onClick={() => setForm('sent')} testId={`legal-mark-sent-${o.ruleId}`}>
              {t('panel.legal.card.markSent')}
            </Button>
            <Button onClick={() => setForm('decide')} testId={`legal-decide-${o.ruleId}`}>
              {t('panel.legal.card.recordDecision')}
            </Button>
          </Inline>
        )}
        {form === 'sent' && <SentForm o={o} view={view} now={now} timeZone={timeZone} onRecord={onRecord} onClose={() => setForm(null)} />}
        {form === 'decide' && <DecisionForm o={o} view={view} onRecord={onRecord} onClose={() => setForm(null)} />}
      </Stack>
    </Box>
  );
}

function SentForm({
  o,
  view,
  now,
  timeZone,
  onRecord,
  onClose,
}: {
  o: ObligationView;
  view: IncidentView;
  now: number;
  timeZone: string;
  onRecord: Props['onRecord'];
  onClose: () => void;
}) {
  const { t } = useT();
  const [sentAt, setSentAt] = useState(isoToZonedInput(new Date(now).toISOString(), timeZone));
  const [recipient, setRecipient] = useState(o.recipient.slice(0, TEXT_LIMITS.recipient));
  const [reference, setReference] = useState('');
  const [lateReason, setLateReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const instant = zonedInputToIso(sentAt, timeZone);
  const deadline = o.delayedUntil ?? o.dueAt;
  const late = instant !== null && deadline !== null && Date.parse(instant) > Date.parse(deadline);
  const submit = async () => {
    if (!instant) return setError({ code: 'VALIDATION_FAILED', message: t('panel.legal.sentForm.missingTime') });
    const problem = await onRecord({
      expectedRevision: view.incident.revision,
      action: 'sent',
      ruleId: o.ruleId,
      sentAt: instant,
      recipient,
      ...(reference ? { reference } : {}),
      ...(lateReason ? { lateReason } : {}),
    });
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Stack space="space.075" testId="legal-sent-form">
      <label>
        {t('panel.legal.sentForm.sentAt', { zone: timeZone })}
        <Textfield type="datetime-local" value={sentAt} onChange={(e) => setSentAt(e.currentTarget.value)} testId="legal-sent-at" />
      </label>
      <label>
        {t('panel.legal.sentForm.recipient')}
        <Textfield value={recipient} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setRecipient(e.currentTarget.value)} testId="legal-sent-recipient" />
      </label>
      <label>
        {t('panel.legal.sentForm.reference')}
        <Textfield value={reference} maxLength={TEXT_LIMITS.reference} onChange={(e) => setReference(e.currentTarget.value)} testId="legal-sent-reference" />
      </label>
      {late && (
        <label>
          {t('panel.legal.sentForm.lateReason')}
          <Textfield value={lateReason} maxLength={TEXT_LIMITS.reason} onChange={(e) => setLateReason(e.currentTarget.value)} testId="legal-sent-late-reason" />
        </label>
      )}
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void submit()} testId="legal-sent-save">
          {t('panel.save')}
        </Button>
        <Button onClick={onClose}>{t('panel.cancel')}</Button>
      </Inline>
    </Stack>
  );
}

const DECISIONS = [
  { value: 'notify', label: 'panel.legal.decision.notify' },
  { value: 'not-required', label: 'panel.legal.decision.notRequired' },
  { value: 'delay', label: 'panel.legal.decision.delay' },
] as const satisfies readonly { value: string; label: MessageKey }[];
type DecisionValue = (typeof DECISIONS)[number]['value'];

/** A notification decision on one stage, or (`allStages`) on every stage of its regime with one reason. */
export function DecisionForm({
  o,
  view,
  onRecord,
  onClose,
  allStages = false,
}: {
  o: ObligationView;
  view: IncidentView;
  onRecord: Props['onRecord'];
  onClose: () => void;
  allStages?: boolean;
}) {
  const { t } = useT();
  const options = DECISIONS.map((d) => ({ value: d.value as DecisionValue, label: t(d.label) }));
  const [value, setValue] = useState<DecisionValue>('not-required');
  const decision = options.find((d) => d.value === value)!;
  const [rationale, setRationale] = useState('');
  const [evidence, setEvidence] = useState('');
  const [authority, setAuthority] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const submit = async () => {
    const untilIso = until ? new Date(`${until}T23:59:59Z`).toISOString() : undefined;
    const problem = await onRecord({
      expectedRevision: view.incident.revision,
      action: 'decide',
      ruleId: o.ruleId,
      decision: decision.value,
      ...(allStages ? { allStages } : {}),
      ...(rationale ? { rationale } : {}),
      ...(evidence ? { evidence: [evidence] } : {}),
      ...(decision.value === 'delay' ? { delay: { authority, ...(untilIso ? { until: untilIso } : {}) } } : {}),
    });
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Stack space="space.075" testId="legal-decision-form">
      <Select
        inputId={`decision-${o.ruleId}`}
        aria-label={t('panel.legal.decisionForm.label')}
        options={options}
        value={decision}
        onChange={(d) => d && setValue(d.value)}
      />
      <label>
        {decision.value === 'notify' ? t('panel.legal.decisionForm.rationaleOptional') : t('panel.legal.decisionForm.rationaleRequired')}
        <Textfield value={rationale} maxLength={TEXT_LIMITS.reason} onChange={(e) => setRationale(e.currentTarget.value)} testId="legal-decision-rationale" />
      </label>
      <label>
        {t('panel.legal.decisionForm.evidence')}
        <Textfield value={evidence} maxLength={TEXT_LIMITS.reason} onChange={(e) => setEvidence(e.currentTarget.value)} />
      </label>
      {decision.value === 'delay' && (
        <>
          {o.delayProvisions.map((p) => (
            <Text key={p} size="small">
              {p}
            </Text>
          ))}
          <label>
            {t('panel.legal.decisionForm.authority')}
            <Textfield value={authority} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setAuthority(e.currentTarget.value)} />
          </label>
          <label>
            {t('panel.legal.decisionForm.until')}
            <Textfield type="date" value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
          </label>
        </>
      )}
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void submit()} testId="legal-decision-save">
          {t('panel.legal.decisionForm.save')}
        </Button>
        <Button onClick={onClose}>{t('panel.cancel')}</Button>
      </Inline>
    </Stack>
  );
}
