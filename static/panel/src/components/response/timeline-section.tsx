import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Spinner from '@atlaskit/spinner';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, PersonEntryKindView, TimelineVerificationView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { type I18n, useT } from '../../../../common/i18n/i18n-provider';
import { addTimelineEntry, exportTimeline, verifyTimeline } from '../../api/incident-api';
import { isoToZonedInput, zonedInputToIso } from '../legal/zoned-time';
import { download } from '../../../../common/download';
import { entryKindInWords } from '../../../../../src/shared/entry-kind-words';
import { CHAIN_PROBLEM_OPTIONS, ENTRY_KIND_KEYS } from './response-words';
import { presetText } from '../matrix-words';
import { formatTime } from '../labels';
import { mergeEntries, useTimelineEntries } from './use-timeline-entries';

const PERSON_KINDS: PersonEntryKindView[] = ['note', 'action', 'decision', 'evidence', 'communication'];
const kindStyle = xcss({ minWidth: '180px' });
const textStyle = xcss({ flexGrow: 1 });

/**
 * The tamper-evident timeline: quick-add (with "happened at" for backfilling), entries in order
 * with earlier blocks on demand, "Verify integrity" and export as JSON or Markdown.
 */
export function TimelineSection({
  view,
  names: known,
  timeZone,
  canEdit,
}: {
  view: IncidentView;
  names: Record<string, string>;
  timeZone: string;
  canEdit: boolean;
}) {
  const i18n = useT();
  const { t, locale } = i18n;
  const when = (iso: string) => formatTime(iso, timeZone, locale);
  const KINDS = PERSON_KINDS.map((value) => ({ value, label: t(ENTRY_KIND_KEYS[value]) }));
  const { entries: shown, setEntries, earlier, loadEarlier: readEarlier, error: readError, names } = useTimelineEntries(view, known);
  const entries = shown ?? [];
  const [kind, setKind] = useState<PersonEntryKindView>('action');
  const [text, setText] = useState('');
  const [backfill, setBackfill] = useState(false);
  const [happenedAt, setHappenedAt] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [verification, setVerification] = useState<TimelineVerificationView | null>(null);

  const add = async () => {
    const instant = backfill ? zonedInputToIso(happenedAt, timeZone) : undefined;
    if (backfill && !instant) return setError({ code: 'VALIDATION_FAILED', message: t('panel.response.timeline.happenedAtMissing') });
    setBusy(true);
    const result = await addTimelineEntry({ kind, text, ...(instant ? { happenedAt: instant } : {}) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setText('');
    setBackfill(false);
    setEntries((now) => mergeEntries(now ?? [], result.data.entries));
  };
  const loadEarlier = async () => setError(await readEarlier());
  const verify = async () => {
    setBusy(true);
    const result = await verifyTimeline();
    setBusy(false);
    if (result.ok) setVerification(result.data);
    else setError(result.error);
  };
  const exportAs = async (format: 'json' | 'markdown') => {
    setBusy(true);
    const result = await exportTimeline(format);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setVerification(result.data.verification);
    download(result.data.filename, result.data.mediaType, result.data.content);
  };

  return (
    <Stack space="space.100" testId="response-timeline">
      <Heading size="xxsmall" as="h4">
        {t('panel.response.timeline.heading', { count: Math.max(view.response.timelineLength, entries.at(-1)?.seq ?? 0) })}
      </Heading>
      <Text size="small" color="color.text.subtle">
        {t('panel.response.timeline.appendOnly')}
      </Text>
      {canEdit && (
        <Stack space="space.100" testId="timeline-add">
          <Inline space="space.100" alignBlock="end">
            <Box xcss={kindStyle} testId="timeline-kind">
              <Label htmlFor="timeline-kind-input">{t('panel.response.timeline.kind')}</Label>
              <Select
                inputId="timeline-kind-input"
                options={KINDS}
                value={KINDS.find((k) => k.value === kind)}
                onChange={(k) => k && setKind(k.value)}
                isSearchable
              />
            </Box>
            <Box xcss={textStyle}>
              <Label htmlFor="timeline-text-input">{t('panel.response.timeline.text')}</Label>
              <Textfield
                id="timeline-text-input"
                value={text}
                maxLength={TEXT_LIMITS.entry}
                onChange={(e) => setText(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Enter' && text.trim() && void add()}
                testId="timeline-text"
              />
            </Box>
          </Inline>
          <Checkbox
            label={t('panel.response.timeline.backfill')}
            isChecked={backfill}
            onChange={(e) => {
              setBackfill(e.currentTarget.checked);
              setHappenedAt(isoToZonedInput(new Date().toISOString(), timeZone));
            }}
            testId="timeline-backfill"
          />
          {backfill && (
            <label>
              {t('panel.response.timeline.happenedAt', { zone: timeZone })}
              <Textfield type="datetime-local" value={happenedAt} onChange={(e) => setHappenedAt(e.currentTarget.value)} testId="timeline-happened-at" />
            </label>
          )}
          <Inline space="space.100">
            <Button appearance="primary" isDisabled={busy || !text.trim()} onClick={() => void add()} testId="timeline-add-button">
              {t('panel.response.timeline.add')}
            </Button>
          </Inline>
        </Stack>
      )}
      {(error ?? readError) && <ErrorMessage error={(error ?? readError)!} />}
      {earlier !== null && shown !== null && (
        <Button appearance="subtle" onClick={() => void loadEarlier()} testId="timeline-earlier">
          {t('panel.response.timeline.earlier')}
        </Button>
      )}
      {shown === null ? (
        !readError && (
          <Box testId="timeline-loading">
            <Spinner label={t('panel.response.timeline.loading')} />
          </Box>
        )
      ) : entries.length === 0 ? (
        <Text color="color.text.subtle">{t('panel.response.timeline.empty')}</Text>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="timeline-entries">
          {entries.map((e) => (
            <li key={e.seq} style={{ padding: '4px 0' }} data-testid={`timeline-entry-${e.seq}`}>
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Text size="small" color="color.text.subtle">
                  #{e.seq}
                </Text>
                <Lozenge appearance={e.by === null ? 'default' : e.kind === 'decision' ? 'success' : 'inprogress'}>{kindInWords(e.kind, t)}</Lozenge>
                <Text>{entryText(e, names, i18n)}</Text>
              </Inline>
              <Text size="small" color="color.text.subtle">
                {[
                  e.by === null ? t('panel.response.timeline.byApp') : (names[e.by] ?? t('panel.response.timeline.byResponder')),
                  t('panel.response.timeline.happened', { when: when(e.happenedAt) }),
                  ...(e.happenedAt !== e.recordedAt && Math.abs(Date.parse(e.recordedAt) - Date.parse(e.happenedAt)) > 60_000
                    ? [t('panel.response.timeline.recorded', { when: when(e.recordedAt) })]
                    : []),
                  ...(e.corrects !== null ? [t('panel.response.timeline.corrects', { seq: e.corrects })] : []),
                ].join(' · ')}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <Inline space="space.100" shouldWrap>
        <Button isDisabled={busy} onClick={() => void verify()} testId="timeline-verify">
          {t('panel.response.timeline.verify')}
        </Button>
        <Button isDisabled={busy} onClick={() => void exportAs('json')} testId="timeline-export-json">
          {t('panel.response.timeline.exportJson')}
        </Button>
        <Button isDisabled={busy} onClick={() => void exportAs('markdown')} testId="timeline-export-md">
          {t('panel.response.timeline.exportMarkdown')}
        </Button>
      </Inline>
      {verification && (
        <div role="status" data-testid="timeline-verification">
          <Text color={verification.firstBreak ? 'color.text.danger' : 'color.text.success'} weight="medium">
            {verificationInWords(verification, t)}
          </Text>
        </div>
      )}
    </Stack>
  );
}

/**
 * An entry's text as it was written and hashed (the app's own entries are in the words they were
 * recorded in); a role given to someone names them ("Technical lead assigned: Sam Second-Responder");
 * a priority change, whose levels the entry's data holds, reads in the viewer's words when its text is
 * the app's own ("Priority Serious to Critical (reason)"), the reason as its author wrote it.
 */
function entryText(e: { kind: string; text: string; data: Record<string, unknown> | null }, names: Record<string, string>, i18n: I18n): string {
  const { t } = i18n;
  const to = e.data?.to;
  if (e.kind === 'role' && typeof to === 'string') return `${e.text}: ${names[to] ?? t('panel.response.timeline.formerUser')}`;
  if (e.kind === 'priority' && e.data) return priorityChangeText(e.text, e.data, i18n) ?? e.text;
  return e.text;
}

const levelOrUnset = (level: unknown) => (typeof level === 'string' ? level : null);

function priorityChangeText(text: string, data: Record<string, unknown>, i18n: I18n): string | null {
  const [from, to] = [levelOrUnset(data.from), levelOrUnset(data.to)];
  // The words update-incident.ts records, in en-US: only an entry that reads exactly so is reworded.
  const recorded = `Priority ${from ?? 'not set'} to ${to ?? 'not set'}`;
  if (!text.startsWith(recorded)) return null;
  const rest = text.slice(recorded.length);
  const reason = rest.startsWith(' (') && rest.endsWith(')') ? rest.slice(2, -1) : null;
  if (rest && reason === null) return null;
  const level = (l: string | null) => (l === null ? i18n.t('panel.response.timeline.priorityNotSet') : presetText(l, i18n));
  return i18n.t('panel.response.timeline.priorityChange', {
    from: level(from),
    to: level(to),
    reason: reason ?? '',
    hasReason: reason === null ? 'no' : 'yes',
  });
}

/** A kind in the viewer's words; a kind added since the list was written reads as the backend's words. */
function kindInWords(kind: string, t: I18n['t']): string {
  const key = (ENTRY_KIND_KEYS as Readonly<Record<string, (typeof ENTRY_KIND_KEYS)[keyof typeof ENTRY_KIND_KEYS]>>)[kind];
  return key ? t(key) : entryKindInWords(kind);
}

/** The verification in one sentence (the backend's `summary` in en-US words), in the viewer's language. */
function verificationInWords(v: TimelineVerificationView, t: I18n['t']): string {
  if (!v.firstBreak) return t('panel.response.timeline.intact', { checked: v.checked });
  return t('panel.response.timeline.broken', { seq: v.firstBreak.seq, problem: CHAIN_PROBLEM_OPTIONS[v.firstBreak.problem] });
}
