import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { EvidenceView, IncidentView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { formatTime } from '../labels';
import { isoToZonedInput, zonedInputToIso } from '../legal/zoned-time';
import type { RecordResponse } from './record-response';

/** Items collected, with their SHA-256 and chain of custody; new items and hand-offs are only added. */
export function EvidenceRegister({ view, timeZone, canEdit, onRecord }: { view: IncidentView; timeZone: string; canEdit: boolean; onRecord: RecordResponse }) {
  const [adding, setAdding] = useState(false);
  const items = view.response.evidence;
  return (
    <Stack space="space.050" testId="response-evidence">
      <Heading size="xxsmall" as="h4">
        Evidence register
      </Heading>
      {items.length === 0 && <Text color="color.text.subtle">No evidence recorded.</Text>}
      {items.map((item) => (
        <EvidenceItem key={item.id} item={item} view={view} timeZone={timeZone} canEdit={canEdit} onRecord={onRecord} />
      ))}
      {canEdit && !adding && (
        <Inline space="space.100">
          <Button onClick={() => setAdding(true)} testId="evidence-add">
            Record evidence
          </Button>
        </Inline>
      )}
      {adding && <EvidenceForm view={view} timeZone={timeZone} onRecord={onRecord} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function EvidenceItem({
  item,
  view,
  timeZone,
  canEdit,
  onRecord,
}: {
  item: EvidenceView;
  view: IncidentView;
  timeZone: string;
  canEdit: boolean;
  onRecord: RecordResponse;
}) {
  const [handing, setHanding] = useState(false);
  const [to, setTo] = useState('');
  const [why, setWhy] = useState('');
  const [at, setAt] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const save = async () => {
    const instant = zonedInputToIso(at, timeZone);
    if (!instant) return setError({ code: 'VALIDATION_FAILED', message: 'Give the date and time of the hand-off.' });
    const problem = await onRecord({
      expectedRevision: view.incident.revision,
      action: 'custody',
      evidenceId: item.id,
      from: item.holder,
      to,
      at: instant,
      why,
    });
    setError(problem);
    if (!problem) setHanding(false);
  };
  return (
    <div data-testid={`evidence-${item.id}`} style={{ padding: '4px 0' }}>
      <Text weight="bold">{item.item}</Text>
      <Text size="small" color="color.text.subtle">
        {' '}
        from {item.source}, collected by {item.collectedBy} {formatTime(item.collectedAt, timeZone)} · held by {item.holder}
      </Text>
      <div>
        <code style={{ fontSize: 11, wordBreak: 'break-all' }} aria-label="SHA-256">
          {item.sha256}
        </code>{' '}
        <Text size="small" color="color.text.subtle">
          ({item.hashSource === 'computed' ? 'computed by the app' : 'given by the collector'})
        </Text>
      </div>
      {item.custody.length > 0 && (
        <ol aria-label="Custody hand-offs">
          {item.custody.map((c, i) => (
            <li key={i}>
              <Text size="small">
                {c.from} to {c.to}, {formatTime(c.at, timeZone)}: {c.why}
              </Text>
            </li>
          ))}
        </ol>
      )}
      {canEdit && !handing && (
        <Button
          appearance="subtle"
          spacing="compact"
          onClick={() => {
            setHanding(true);
            setAt(isoToZonedInput(new Date().toISOString(), timeZone));
          }}
          testId={`evidence-handoff-${item.id}`}
        >
          Record a hand-off
        </Button>
      )}
      {handing && (
        <Stack space="space.050">
          <Text size="small">From {item.holder}</Text>
          <label>
            To
            <Textfield value={to} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setTo(e.currentTarget.value)} testId="handoff-to" />
          </label>
          <label>
            Why
            <Textfield value={why} maxLength={TEXT_LIMITS.reason} onChange={(e) => setWhy(e.currentTarget.value)} testId="handoff-why" />
          </label>
          <label>
            When ({timeZone})
            <Textfield type="datetime-local" value={at} onChange={(e) => setAt(e.currentTarget.value)} />
          </label>
          {error && <ErrorMessage error={error} />}
          <Inline space="space.100">
            <Button appearance="primary" onClick={() => void save()} testId="handoff-save">
              Record hand-off
            </Button>
            <Button onClick={() => setHanding(false)}>Cancel</Button>
          </Inline>
        </Stack>
      )}
    </div>
  );
}

function EvidenceForm({ view, timeZone, onRecord, onClose }: { view: IncidentView; timeZone: string; onRecord: RecordResponse; onClose: () => void }) {
  const [item, setItem] = useState('');
  const [sha256, setSha256] = useState('');
  const [content, setContent] = useState('');
  const [source, setSource] = useState('');
  const [collectedBy, setCollectedBy] = useState('');
  const [collectedAt, setCollectedAt] = useState(isoToZonedInput(new Date().toISOString(), timeZone));
  const [error, setError] = useState<ErrorBody | null>(null);
  const save = async () => {
    const instant = zonedInputToIso(collectedAt, timeZone);
    if (!instant) return setError({ code: 'VALIDATION_FAILED', message: 'Give the date and time it was collected.' });
    const problem = await onRecord({
      expectedRevision: view.incident.revision,
      action: 'evidence',
      item,
      source,
      collectedBy,
      collectedAt: instant,
      ...(sha256.trim() ? { sha256 } : {}),
      ...(content ? { content } : {}),
    });
    setError(problem);
    if (!problem) onClose();
  };
  return (
    <Stack space="space.050" testId="evidence-form">
      <label>
        Item
        <Textfield value={item} maxLength={TEXT_LIMITS.evidenceItem} onChange={(e) => setItem(e.currentTarget.value)} testId="evidence-item" />
      </label>
      <label>
        SHA-256 (if you hashed it yourself)
        <Textfield value={sha256} onChange={(e) => setSha256(e.currentTarget.value)} testId="evidence-sha256" />
      </label>
      <label>
        Or paste its text, and the app computes the SHA-256
        <TextArea value={content} maxLength={TEXT_LIMITS.evidenceContent} onChange={(e) => setContent(e.currentTarget.value)} testId="evidence-content" />
      </label>
      <label>
        Source
        <Textfield value={source} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setSource(e.currentTarget.value)} testId="evidence-source" />
      </label>
      <label>
        Collected by
        <Textfield
          value={collectedBy}
          maxLength={TEXT_LIMITS.recipient}
          onChange={(e) => setCollectedBy(e.currentTarget.value)}
          testId="evidence-collected-by"
        />
      </label>
      <label>
        Collected at ({timeZone})
        <Textfield type="datetime-local" value={collectedAt} onChange={(e) => setCollectedAt(e.currentTarget.value)} />
      </label>
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void save()} testId="evidence-save">
          Record evidence
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </Inline>
    </Stack>
  );
}
