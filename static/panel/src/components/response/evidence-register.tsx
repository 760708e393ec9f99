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
import { useT } from '../../../../common/i18n/i18n-provider';
import { isoToZonedInput, zonedInputToIso } from '../legal/zoned-time';
import type { RecordResponse } from './record-response';
import { formatTime } from '../labels';

/** Items collected, with their SHA-256 and chain of custody; new items and hand-offs are only added. */
export function EvidenceRegister({ view, timeZone, canEdit, onRecord }: { view: IncidentView; timeZone: string; canEdit: boolean; onRecord: RecordResponse }) {
  const { t } = useT();
  const [adding, setAdding] = useState(false);
  const items = view.response.evidence;
  return (
    <Stack space="space.050" testId="response-evidence">
      <Heading size="xxsmall" as="h4">
        {t('panel.response.evidence.heading')}
      </Heading>
      {items.length === 0 && <Text color="color.text.subtle">{t('panel.response.evidence.none')}</Text>}
      {items.map((item) => (
        <EvidenceItem key={item.id} item={item} view={view} timeZone={timeZone} canEdit={canEdit} onRecord={onRecord} />
      ))}
      {canEdit && !adding && (
        <Inline space="space.100">
          <Button onClick={() => setAdding(true)} testId="evidence-add">
            {t('panel.response.evidence.record')}
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
  const { t, locale } = useT();
  const [handing, setHanding] = useState(false);
  const [to, setTo] = useState('');
  const [why, setWhy] = useState('');
  const [at, setAt] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const save = async () => {
    const instant = zonedInputToIso(at, timeZone);
    if (!instant) return setError({ code: 'VALIDATION_FAILED', message: t('panel.response.evidence.handOff.whenMissing') });
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
        {t('panel.response.evidence.provenance', {
          source: item.source,
          collectedBy: item.collectedBy,
          when: formatTime(item.collectedAt, timeZone, locale),
          holder: item.holder,
        })}
      </Text>
      <div>
        <code style={{ fontSize: 11, wordBreak: 'break-all' }} aria-label={t('panel.response.evidence.sha256')}>
          {item.sha256}
        </code>{' '}
        <Text size="small" color="color.text.subtle">
          {t('panel.response.evidence.hashSource', { source: item.hashSource })}
        </Text>
      </div>
      {item.custody.length > 0 && (
        <ol aria-label={t('panel.response.evidence.custody')}>
          {item.custody.map((c, i) => (
            <li key={i}>
              <Text size="small">
                {t('panel.response.evidence.custodyStep', { from: c.from, to: c.to, when: formatTime(c.at, timeZone, locale), why: c.why })}
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
          {t('panel.response.evidence.handOff.start')}
        </Button>
      )}
      {handing && (
        <Stack space="space.050">
          <Text size="small">{t('panel.response.evidence.handOff.from', { holder: item.holder })}</Text>
          <label>
            {t('panel.response.evidence.handOff.to')}
            <Textfield value={to} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setTo(e.currentTarget.value)} testId="handoff-to" />
          </label>
          <label>
            {t('panel.response.evidence.handOff.why')}
            <Textfield value={why} maxLength={TEXT_LIMITS.reason} onChange={(e) => setWhy(e.currentTarget.value)} testId="handoff-why" />
          </label>
          <label>
            {t('panel.response.evidence.handOff.when', { zone: timeZone })}
            <Textfield type="datetime-local" value={at} onChange={(e) => setAt(e.currentTarget.value)} />
          </label>
          {error && <ErrorMessage error={error} />}
          <Inline space="space.100">
            <Button appearance="primary" onClick={() => void save()} testId="handoff-save">
              {t('panel.response.evidence.handOff.save')}
            </Button>
            <Button onClick={() => setHanding(false)}>{t('panel.response.cancel')}</Button>
          </Inline>
        </Stack>
      )}
    </div>
  );
}

function EvidenceForm({ view, timeZone, onRecord, onClose }: { view: IncidentView; timeZone: string; onRecord: RecordResponse; onClose: () => void }) {
  const { t } = useT();
  const [item, setItem] = useState('');
  const [sha256, setSha256] = useState('');
  const [content, setContent] = useState('');
  const [source, setSource] = useState('');
  const [collectedBy, setCollectedBy] = useState('');
  const [collectedAt, setCollectedAt] = useState(isoToZonedInput(new Date().toISOString(), timeZone));
  const [error, setError] = useState<ErrorBody | null>(null);
  const save = async () => {
    const instant = zonedInputToIso(collectedAt, timeZone);
    if (!instant) return setError({ code: 'VALIDATION_FAILED', message: t('panel.response.evidence.form.collectedAtMissing') });
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
        {t('panel.response.evidence.form.item')}
        <Textfield value={item} maxLength={TEXT_LIMITS.evidenceItem} onChange={(e) => setItem(e.currentTarget.value)} testId="evidence-item" />
      </label>
      <label>
        {t('panel.response.evidence.form.sha256')}
        <Textfield value={sha256} onChange={(e) => setSha256(e.currentTarget.value)} testId="evidence-sha256" />
      </label>
      <label>
        {t('panel.response.evidence.form.content')}
        <TextArea value={content} maxLength={TEXT_LIMITS.evidenceContent} onChange={(e) => setContent(e.currentTarget.value)} testId="evidence-content" />
      </label>
      <label>
        {t('panel.response.evidence.form.source')}
        <Textfield value={source} maxLength={TEXT_LIMITS.recipient} onChange={(e) => setSource(e.currentTarget.value)} testId="evidence-source" />
      </label>
      <label>
        {t('panel.response.evidence.form.collectedBy')}
        <Textfield
          value={collectedBy}
          maxLength={TEXT_LIMITS.recipient}
          onChange={(e) => setCollectedBy(e.currentTarget.value)}
          testId="evidence-collected-by"
        />
      </label>
      <label>
        {t('panel.response.evidence.form.collectedAt', { zone: timeZone })}
        <Textfield type="datetime-local" value={collectedAt} onChange={(e) => setCollectedAt(e.currentTarget.value)} />
      </label>
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void save()} testId="evidence-save">
          {t('panel.response.evidence.record')}
        </Button>
        <Button onClick={onClose}>{t('panel.response.cancel')}</Button>
      </Inline>
    </Stack>
  );
}
