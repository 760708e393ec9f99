import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { ErrorMessage } from '../../../../common/error-message';
import { formatDuration } from '../../../../../src/shared/durations';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import { VERIFICATION_LABELS } from '../../../../../src/shared/legal-vocabulary';
import type { IncidentView, LegalRecordAction, ObligationView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { formatTime } from '../labels';
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

function badge(o: ObligationView, now: number): { text: string; appearance: Appearance } {
  const deadline = o.delayedUntil ?? o.dueAt;
  switch (o.state) {
    case 'sent':
      return o.dueAt && o.sendings.some((s) => Date.parse(s.sentAt) > Date.parse(o.dueAt!))
        ? { text: 'Sent late', appearance: 'moved' }
        : { text: 'Sent', appearance: 'success' };
    case 'not-required':
      return { text: 'Not required', appearance: 'default' };
    case 'waiting':
      return { text: o.projected ? 'Projected' : 'Not started', appearance: 'default' };
    case 'delayed':
      return deadline && now > Date.parse(deadline) ? { text: 'Delay ended', appearance: 'removed' } : { text: 'Lawfully delayed', appearance: 'new' };
    default:
      if (o.kind !== 'hard' || !deadline) return { text: o.kind === 'on_request' ? 'On request' : 'Without undue delay', appearance: 'new' };
      if (now > Date.parse(deadline)) return { text: 'Overdue', appearance: 'removed' };
      return Date.parse(deadline) - now < (Date.parse(deadline) - Date.parse(o.startedAt!)) / 4
        ? { text: 'Due soon', appearance: 'moved' }
        : { text: 'Running', appearance: 'new' };
  }
}

function timing(o: ObligationView, now: number, timeZone: string): string[] {
  const lines: string[] = [];
  const deadline = o.delayedUntil ?? o.dueAt;
  const regulatorTime = (iso: string) => (o.zone !== timeZone ? ` (${formatTime(iso, o.zone)} regulator time)` : '');
  if (o.softWording) lines.push(`The law says: "${o.softWording}".`);
  if (o.dueAt) {
    const left = Date.parse(deadline!) - now;
    const prefix = o.projected ? 'Projected legal deadline (the earlier report is not marked sent yet)' : 'Legal deadline';
    const countdown =
      o.state === 'open' || o.state === 'delayed' ? (left > 0 ? `: ${formatDuration(left)} left` : `: overdue by ${formatDuration(-left)}`) : '';
    lines.push(`${prefix} ${formatTime(o.dueAt, timeZone)}${regulatorTime(o.dueAt)}${countdown}.`);
  } else if (o.kind === 'on_request') lines.push("Due on the date the authority's request sets.");
  if (o.delayedUntil) lines.push(`Delayed until ${formatTime(o.delayedUntil, timeZone)} (the original deadline stays on record).`);
  if (o.targetAt) lines.push(`Policy target, not a legal deadline: ${formatTime(o.targetAt, timeZone)}.`);
  lines.push(
    o.startedAt && !o.projected ? `Clock started ${formatTime(o.startedAt, timeZone)} (${o.startsWhen.toLowerCase()}).` : `Starts when: ${o.startsWhen}.`,
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
            {state.text}
          </Lozenge>
          {o.applicability === 'possible' && <Lozenge appearance="default">Possible</Lozenge>}
        </Inline>
        <Text color="color.text.subtle">To: {o.recipient}</Text>
        {timing(o, now, timeZone).map((line) => (
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
          · {VERIFICATION_LABELS[o.verification]}
          {o.overriddenBy ? ` · changed for ${o.overriddenBy}` : ''}
        </Text>
        {o.exceptions && (
          <Text size="small" color="color.text.subtle">
            {o.exceptions}
          </Text>
        )}
        {o.sendings.map((s) => (
          <Text key={s.id} size="small">
            Sent {formatTime(s.sentAt, timeZone)} to {s.recipient}
            {s.reference ? `, reference ${s.reference}` : ''}
            {s.lateReason ? `. Reason for the delay: ${s.lateReason}` : ''}
          </Text>
        ))}
        {o.decision && (
          <Text size="small">
            Decision:{' '}
            {o.decision.decision === 'not-required'
              ? 'no notice required'
              : o.decision.decision === 'delay'
                ? `delay (${o.decision.delay?.authority})`
                : 'notify'}
            {o.decision.rationale ? `: ${o.decision.rationale}` : ''} ({formatTime(o.decision.at, timeZone)})
          </Text>
        )}
        {view.canEdit && owed && !form && (
          <Inline space="space.100">
            <Button appearance="primary" onClick={() => setForm('sent')} testId={`legal-mark-sent-${o.ruleId}`}>
              Mark as sent
            </Button>
            <Button onClick={() => setForm('decide')} testId={`legal-decide-${o.ruleId}`}>
              Record a decision
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
  const [sentAt, setSentAt] = useState(isoToZonedInput(new Date(now).toISOString(), timeZone));
  const [recipient, setRecipient] = useState(o.recipient.slice(0, TEXT_LIMITS.recipient));
  const [reference, setReference] = useState('');
  const [lateReason, setLateReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const instant = zonedInputToIso(sentAt, timeZone);
  const deadline = o.delayedUntil ?? o.dueAt;
  const late = instant !== null && deadline !== null && Date.parse(instant) > Date.parse(deadline);
  const submit = async () => {
    if (!instant) return setError({ code: 'VALIDATION_FAILED', message: 'Give the date and time the notice went out.' });
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
        Sent at ({timeZone})
        <Textfield type="datetime-local" value={sentAt} onChange={(e) => setSentAt(e.currentTarget.value)} testId="legal-sent-at" />
      </label>
      <label>
        Recipient
        <Textfield value={recipient} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setRecipient(e.currentTarget.value)} testId="legal-sent-recipient" />
      </label>
      <label>
        Reference number (optional)
        <Textfield value={reference} maxLength={TEXT_LIMITS.reference} onChange={(e) => setReference(e.currentTarget.value)} testId="legal-sent-reference" />
      </label>
      {late && (
        <label>
          Sent after the legal deadline: the reasons for the delay (required)
          <Textfield value={lateReason} maxLength={TEXT_LIMITS.reason} onChange={(e) => setLateReason(e.currentTarget.value)} testId="legal-sent-late-reason" />
        </label>
      )}
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void submit()} testId="legal-sent-save">
          Save
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </Inline>
    </Stack>
  );
}

const DECISIONS = [
  { value: 'notify', label: 'Notify' },
  { value: 'not-required', label: 'No notice required' },
  { value: 'delay', label: 'Delay (law enforcement or attorney general)' },
] as const;

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
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]>(DECISIONS[1]);
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
      <Select inputId={`decision-${o.ruleId}`} aria-label="Decision" options={DECISIONS} value={decision} onChange={(d) => d && setDecision(d)} />
      <label>
        Rationale {decision.value === 'notify' ? '(optional)' : '(required)'}
        <Textfield value={rationale} maxLength={TEXT_LIMITS.reason} onChange={(e) => setRationale(e.currentTarget.value)} testId="legal-decision-rationale" />
      </label>
      <label>
        Evidence link (optional)
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
            Authority that asked for the delay
            <Textfield value={authority} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setAuthority(e.currentTarget.value)} />
          </label>
          <label>
            Delay ends on
            <Textfield type="date" value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
          </label>
        </>
      )}
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void submit()} testId="legal-decision-save">
          Save decision
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </Inline>
    </Stack>
  );
}
