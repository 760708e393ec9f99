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
import { addTimelineEntry, exportTimeline, verifyTimeline } from '../../api/incident-api';
import { formatTime } from '../labels';
import { isoToZonedInput, zonedInputToIso } from '../legal/zoned-time';
import { download } from '../../../../common/download';
import { ENTRY_KIND_LABELS, entryKindInWords } from '../../../../../src/shared/entry-kind-words';
import { mergeEntries, useTimelineEntries } from './use-timeline-entries';

const PERSON_KINDS: PersonEntryKindView[] = ['note', 'action', 'decision', 'evidence', 'communication'];
const KINDS = PERSON_KINDS.map((value) => ({ value, label: ENTRY_KIND_LABELS[value] }));
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
    if (backfill && !instant) return setError({ code: 'VALIDATION_FAILED', message: 'Give the date and time it happened.' });
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
        Timeline ({Math.max(view.response.timelineLength, entries.at(-1)?.seq ?? 0)} entries)
      </Heading>
      <Text size="small" color="color.text.subtle">
        Entries are only ever added. Each carries a SHA-256 of its content and of the entry before, so a change to a stored entry shows up when the chain is
        verified.
      </Text>
      {canEdit && (
        <Stack space="space.100" testId="timeline-add">
          <Inline space="space.100" alignBlock="end">
            <Box xcss={kindStyle} testId="timeline-kind">
              <Label htmlFor="timeline-kind-input">Kind</Label>
              <Select
                inputId="timeline-kind-input"
                options={KINDS}
                value={KINDS.find((k) => k.value === kind)}
                onChange={(k) => k && setKind(k.value)}
                isSearchable
              />
            </Box>
            <Box xcss={textStyle}>
              <Label htmlFor="timeline-text-input">What happened (who, what, where, why)</Label>
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
            label="It happened earlier"
            isChecked={backfill}
            onChange={(e) => {
              setBackfill(e.currentTarget.checked);
              setHappenedAt(isoToZonedInput(new Date().toISOString(), timeZone));
            }}
            testId="timeline-backfill"
          />
          {backfill && (
            <label>
              Happened at ({timeZone})
              <Textfield type="datetime-local" value={happenedAt} onChange={(e) => setHappenedAt(e.currentTarget.value)} testId="timeline-happened-at" />
            </label>
          )}
          <Inline space="space.100">
            <Button appearance="primary" isDisabled={busy || !text.trim()} onClick={() => void add()} testId="timeline-add-button">
              Add to timeline
            </Button>
          </Inline>
        </Stack>
      )}
      {(error ?? readError) && <ErrorMessage error={(error ?? readError)!} />}
      {earlier !== null && shown !== null && (
        <Button appearance="subtle" onClick={() => void loadEarlier()} testId="timeline-earlier">
          Show earlier entries
        </Button>
      )}
      {shown === null ? (
        !readError && (
          <Box testId="timeline-loading">
            <Spinner label="Loading the timeline" />
          </Box>
        )
      ) : entries.length === 0 ? (
        <Text color="color.text.subtle">Nothing recorded yet. Write down what you do as you go: the postmortem and any regulator will ask.</Text>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="timeline-entries">
          {entries.map((e) => (
            <li key={e.seq} style={{ padding: '4px 0' }} data-testid={`timeline-entry-${e.seq}`}>
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Text size="small" color="color.text.subtle">
                  #{e.seq}
                </Text>
                <Lozenge appearance={e.by === null ? 'default' : e.kind === 'decision' ? 'success' : 'inprogress'}>{entryKindInWords(e.kind)}</Lozenge>
                <Text>{entryText(e, names)}</Text>
              </Inline>
              <Text size="small" color="color.text.subtle">
                {e.by === null ? 'The app' : (names[e.by] ?? 'A responder')} · happened {formatTime(e.happenedAt, timeZone)}
                {e.happenedAt !== e.recordedAt && Math.abs(Date.parse(e.recordedAt) - Date.parse(e.happenedAt)) > 60_000
                  ? ` · recorded ${formatTime(e.recordedAt, timeZone)}`
                  : ''}
                {e.corrects !== null ? ` · corrects #${e.corrects}` : ''}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <Inline space="space.100" shouldWrap>
        <Button isDisabled={busy} onClick={() => void verify()} testId="timeline-verify">
          Verify integrity
        </Button>
        <Button isDisabled={busy} onClick={() => void exportAs('json')} testId="timeline-export-json">
          Export JSON
        </Button>
        <Button isDisabled={busy} onClick={() => void exportAs('markdown')} testId="timeline-export-md">
          Export Markdown
        </Button>
      </Inline>
      {verification && (
        <div role="status" data-testid="timeline-verification">
          <Text color={verification.firstBreak ? 'color.text.danger' : 'color.text.success'} weight="medium">
            {verification.summary}
          </Text>
        </div>
      )}
    </Stack>
  );
}

/** An entry's text; a role given to someone names them ("Technical lead assigned: Sam Second-Responder"). */
function entryText(e: { kind: string; text: string; data: Record<string, unknown> | null }, names: Record<string, string>): string {
  const to = e.data?.to;
  if (e.kind === 'role' && typeof to === 'string') return `${e.text}: ${names[to] ?? 'a former user'}`;
  return e.text;
}
