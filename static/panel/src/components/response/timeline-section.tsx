import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, PersonEntryKindView, TimelineEntryView, TimelineVerificationView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { addTimelineEntry, exportTimeline, timelinePage, verifyTimeline } from '../../api/incident-api';
import { formatTime } from '../labels';
import { isoToZonedInput, zonedInputToIso } from '../legal/zoned-time';
import { download } from '../../../../common/download';
import { ENTRY_KIND_LABELS, entryKindInWords } from '../../../../../src/shared/entry-kind-words';

const PERSON_KINDS: PersonEntryKindView[] = ['note', 'action', 'decision', 'evidence', 'communication'];
const KINDS = PERSON_KINDS.map((value) => ({ value, label: ENTRY_KIND_LABELS[value] }));

/**
 * The tamper-evident timeline: quick-add (with "happened at" for backfilling), entries in order
 * with earlier blocks on demand, "Verify integrity" and export as JSON or Markdown.
 */
export function TimelineSection({ view, names, timeZone, canEdit }: { view: IncidentView; names: Record<string, string>; timeZone: string; canEdit: boolean }) {
  const [entries, setEntries] = useState<TimelineEntryView[]>(view.response.timeline.entries);
  const [earlier, setEarlier] = useState<number | null>(view.response.timeline.earlier);
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
    const known = new Set(entries.map((e) => e.seq));
    setEntries([...entries, ...result.data.entries.filter((e) => !known.has(e.seq))].sort((a, b) => a.seq - b.seq));
  };
  const loadEarlier = async () => {
    if (earlier === null) return;
    const result = await timelinePage(earlier);
    if (!result.ok) return setError(result.error);
    setEntries([...result.data.entries, ...entries]);
    setEarlier(result.data.earlier);
  };
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
            <label>
              Kind{' '}
              <select value={kind} onChange={(e) => setKind(e.currentTarget.value as PersonEntryKindView)} data-testid="timeline-kind">
                {KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <label style={{ flexGrow: 1 }}>
              What happened (who, what, where, why)
              <Textfield
                value={text}
                maxLength={TEXT_LIMITS.entry}
                onChange={(e) => setText(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Enter' && text.trim() && void add()}
                testId="timeline-text"
              />
            </label>
          </Inline>
          <label>
            <input
              type="checkbox"
              checked={backfill}
              onChange={(e) => {
                setBackfill(e.currentTarget.checked);
                setHappenedAt(isoToZonedInput(new Date().toISOString(), timeZone));
              }}
              data-testid="timeline-backfill"
            />{' '}
            It happened earlier
          </label>
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
      {error && <ErrorMessage error={error} />}
      {earlier !== null && (
        <Button appearance="subtle" onClick={() => void loadEarlier()} testId="timeline-earlier">
          Show earlier entries
        </Button>
      )}
      {entries.length === 0 ? (
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
