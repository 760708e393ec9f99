import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { HOW_BAD_KEYS, HOW_URGENT_KEYS, PERSONAL_DATA_KEYS } from '../../../portal/src/portal-words';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { formatTime, labelOf, TRIAGE_APPEARANCE, TRIAGE_KEYS } from './labels';
import { PriorityMatrixGrid } from './priority-matrix-grid';
import { presetText } from './matrix-words';

const termStyle = xcss({ minWidth: '8rem' });

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Inline space="space.100" alignBlock="start">
      <Box xcss={termStyle}>
        <Text weight="semibold">{term}</Text>
      </Box>
      <Box>{children}</Box>
    </Inline>
  );
}

/** The reporter's answer by its id, in the words the portal asked it in; none for an unknown id. */
const answerKey = (keys: Record<string, MessageKey>, id: string | null): MessageKey | null => (id !== null && keys[id]) || null;

const CIA_KEYS: Record<'confidentiality' | 'integrity' | 'availability' | 'authenticity', MessageKey> = {
  confidentiality: 'panel.field.confidentiality',
  integrity: 'panel.field.integrity',
  availability: 'panel.field.availability',
  authenticity: 'panel.field.authenticity',
};

/** The incident at a glance: triage state, why it has its priority, CIA(A), what the reporter said. */
export function IncidentSummary({ view, names, timeZone }: { view: IncidentView; names: Record<string, string>; timeZone: string }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const { incident, settings } = view;
  const level = (id: string | null) => labelOf(settings, 'priority', id, i18n);
  const label = (field: string, id: string | null) => labelOf(settings, field, id, i18n);
  const cia = (Object.keys(incident.cia) as (keyof typeof incident.cia)[]).filter((k) => incident.cia[k]);
  const reporter = incident.reporter;
  return (
    <Stack space="space.100" testId="incident-summary">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Heading size="small" as="h2">
          {view.issue.key}: {view.issue.summary}
        </Heading>
        <Lozenge appearance={TRIAGE_APPEARANCE[incident.triage.state]} testId="triage-state">
          {t(TRIAGE_KEYS[incident.triage.state])}
        </Lozenge>
        {incident.exercise && <Lozenge appearance="new">{t('panel.value.exercise')}</Lozenge>}
      </Inline>
      {incident.triage.by && incident.triage.at && (
        <Text color="color.text.subtle">
          {t(incident.triage.reason ? 'panel.summary.triagedWithReason' : 'panel.summary.triaged', {
            state: t(TRIAGE_KEYS[incident.triage.state]),
            by: names[incident.triage.by] ?? t('panel.someone'),
            when: formatTime(incident.triage.at, timeZone, locale),
            reason: incident.triage.reason ?? '',
          })}
        </Text>
      )}
      <Row term={t('panel.field.priority')}>
        <Stack space="space.050">
          <Inline space="space.100" alignBlock="center">
            <Lozenge appearance={incident.priority ? 'moved' : 'default'} isBold testId="incident-priority">
              {incident.priority ? level(incident.priority) : t('panel.value.notSet')}
            </Lozenge>
            <Text>{view.issue.priority ? t('panel.summary.jiraPriority', { priority: view.issue.priority }) : t('panel.summary.noJiraPriority')}</Text>
          </Inline>
          {incident.override ? (
            <Text testId="priority-reason">
              {t('panel.summary.overridden', {
                by: incident.override.by ? (names[incident.override.by] ?? t('panel.someone')) : t('panel.someone'),
                reason: incident.override.reason,
                computed: level(incident.computedPriority),
              })}
            </Text>
          ) : incident.computedPriority ? (
            <Text testId="priority-reason">
              {t(incident.score !== null ? 'panel.summary.fromMatrixWithScore' : 'panel.summary.fromMatrix', {
                impact: label('impact', incident.impact),
                urgency: label('urgency', incident.urgency),
                score: incident.score ?? 0,
              })}
            </Text>
          ) : (
            <Text color="color.text.subtle">{t('panel.summary.setImpactAndUrgency')}</Text>
          )}
          {incident.matrixChanged && <Text color="color.text.warning">{t('panel.summary.matrixChanged')}</Text>}
        </Stack>
      </Row>
      <Row term={t('panel.field.category')}>
        <Text testId="incident-category">{label('category', incident.category)}</Text>
      </Row>
      <Row term={t('panel.summary.cia')}>
        <Text>
          {cia.length > 0
            ? new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(cia.map((k) => t(CIA_KEYS[k])))
            : t('panel.summary.noneFlagged')}
        </Text>
      </Row>
      {reporter && (
        <Row term={t('panel.summary.reporterSaid')}>
          <Text>
            {[
              reporter.category ? t('panel.summary.reporter.what', { category: label('category', reporter.category) }) : null,
              answerKey(HOW_BAD_KEYS, reporter.howBad) ? t('panel.summary.reporter.affects', { answer: t(answerKey(HOW_BAD_KEYS, reporter.howBad)!) }) : null,
              answerKey(HOW_URGENT_KEYS, reporter.howUrgent)
                ? t('panel.summary.reporter.urgency', { answer: t(answerKey(HOW_URGENT_KEYS, reporter.howUrgent)!) })
                : null,
              answerKey(PERSONAL_DATA_KEYS, reporter.personalData)
                ? t('panel.summary.reporter.personalData', { answer: t(answerKey(PERSONAL_DATA_KEYS, reporter.personalData)!) })
                : t('panel.summary.reporter.personalDataUnanswered'),
            ]
              .filter(Boolean)
              .join('; ')}
          </Text>
        </Row>
      )}
      {incident.suggestedByReporter.length > 0 && (
        <Row term={t('panel.summary.forReview')}>
          <Stack space="space.025" testId="suggested-by-reporter">
            {incident.suggestedByReporter.map((note) => (
              <Text key={note} color="color.text.warning">
                {note}
              </Text>
            ))}
          </Stack>
        </Row>
      )}
      <Row term={t('panel.summary.reported')}>
        <Text>{formatTime(incident.reportedAt, timeZone, locale)}</Text>
      </Row>
      <Row term={t('panel.summary.status')}>
        <Inline space="space.100">
          <Lozenge>{view.issue.status}</Lozenge>
          {view.issue.securityLevel && <Lozenge appearance="removed">{t('panel.summary.restricted', { level: view.issue.securityLevel })}</Lozenge>}
        </Inline>
      </Row>
      <PriorityMatrixGrid matrix={settings.matrix} impact={incident.impact} urgency={incident.urgency} />
      <Text color="color.text.subtle" size="small">
        {presetText(settings.matrix.help, i18n)}
      </Text>
    </Stack>
  );
}
