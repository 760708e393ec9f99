import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useMemo, useState } from 'react';
import { useNow } from '../../../../common/use-now';
import { useOwnSaves } from '../../hooks/use-own-saves';
import { RESIDENCE_LABELS, TRIGGER_LABELS } from '../../../../../src/shared/legal-vocabulary';
import type { IncidentView, LegalRecordAction } from '../../../../../src/shared/resolver-contract';
import { recordLegal } from '../../api/incident-api';
import { formatTime } from '../labels';
import { ApplicabilityForm } from './applicability-form';
import { ClockStartForm } from './clock-start-form';
import { ObligationCard } from './obligation-card';

const sectionStyle = xcss({
  borderInlineStartColor: 'color.border.discovery',
  borderInlineStartStyle: 'solid',
  borderInlineStartWidth: 'border.width.focused',
  paddingInlineStart: 'space.150',
});
const listStyle = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0', display: 'flex', flexDirection: 'column', gap: 'space.100' });

interface Props {
  view: IncidentView;
  timeZone: string;
  names: Record<string, string>;
  onChange: (view: IncidentView) => void;
}

/**
 * Legal-notification deadlines, beside the SLA clocks but distinct (purple, "never paused"):
 * the applicability questions, the recorded clock starts, and one card per obligation.
 */
export default function LegalClocks({ view, timeZone, names, onChange }: Props) {
  const legal = view.legal;
  const tick = useNow(30_000);
  const receivedAt = useMemo(() => Date.now(), [legal.asOf]);
  const now = Date.parse(legal.asOf) + Math.max(0, tick - receivedAt);
  const [form, setForm] = useState<'answers' | 'start' | null>(null);
  const record = useOwnSaves<LegalRecordAction>(recordLegal, onChange);
  const applies = legal.obligations.filter((o) => o.applicability === 'applies');
  const possible = legal.obligations.filter((o) => o.applicability === 'possible');
  // What may apply, one line per regime with the questions that would decide it; no clock until it applies.
  const possibleByRegime = [...new Set(possible.map((o) => o.regime))].map((regime) => {
    const of = possible.filter((o) => o.regime === regime);
    return { regime, count: of.length, questions: [...new Set(of.flatMap((o) => o.openQuestions))] };
  });
  const a = legal.answers;

  return (
    <Box xcss={sectionStyle} testId="legal-clocks">
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center">
          <Heading size="xsmall" as="h3">
            Legal notification deadlines
          </Heading>
          <Lozenge appearance="new">Never paused</Lozenge>
          {legal.exercise && <Lozenge appearance="moved">Exercise: simulation only</Lozenge>}
        </Inline>
        <Text color="color.text.subtle" testId="legal-disclaimer">
          {legal.disclaimer} Rule pack reviewed {legal.packVersion}. Unlike SLA clocks, these ignore pauses and keep running after the issue is resolved.
        </Text>

        <Stack space="space.050" testId="legal-answers">
          <Text weight="semibold">Does it apply?</Text>
          <Text>
            Personal data: {a.personalData ?? 'not answered'} · Risk to people: {a.risk ?? 'not answered'} · Where:{' '}
            {a.residences.map((r) => RESIDENCE_LABELS[r]).join(', ') || 'not answered'}
            {a.residences.length > 0 && !a.residencesComplete ? ' (maybe elsewhere too)' : ''}
            {a.affected.total !== undefined ? ` · ${a.affected.total} ${a.affected.total === 1 ? 'person' : 'people'}` : ''}
          </Text>
          {legal.answeredAt && (
            <Text size="small" color="color.text.subtle">
              Answered by {names[legal.answeredBy ?? ''] ?? legal.answeredBy} {formatTime(legal.answeredAt, timeZone)}
            </Text>
          )}
        </Stack>

        <Stack space="space.050" testId="legal-starts">
          <Text weight="semibold">Clock starts (recorded by people)</Text>
          {legal.starts.length === 0 ? (
            <Text color="color.text.subtle">
              Nothing recorded yet. Legal clocks start when someone records, for example, when the organisation became aware of a breach.
            </Text>
          ) : (
            legal.starts.map((s) => (
              <Text key={s.id} testId={`legal-start-${s.trigger}`} color={s.current ? 'color.text' : 'color.text.subtlest'}>
                {TRIGGER_LABELS[s.trigger]}: {formatTime(s.at, timeZone)}
                {s.corrects ? ' (correction)' : ''}
                {s.current ? '' : ' (superseded)'} · recorded by {names[s.recordedBy] ?? s.recordedBy} {formatTime(s.recordedAt, timeZone)}
                {s.reason ? ` · ${s.reason}` : ''}
              </Text>
            ))
          )}
        </Stack>

        {view.canEdit && form === null && (
          <Inline space="space.100">
            <Button onClick={() => setForm('answers')} testId="legal-answer">
              Answer the questions
            </Button>
            <Button onClick={() => setForm('start')} testId="legal-record-start">
              Record a clock start
            </Button>
          </Inline>
        )}
        {form === 'answers' && <ApplicabilityForm view={view} onRecord={record} onClose={() => setForm(null)} />}
        {form === 'start' && <ClockStartForm view={view} timeZone={timeZone} onRecord={record} onClose={() => setForm(null)} />}

        <Stack space="space.100">
          <Text weight="semibold">Applies ({applies.length})</Text>
          {applies.length === 0 && (
            <Text color="color.text.subtle">No regime is known to apply yet. Answer the questions to narrow down the possible ones.</Text>
          )}
          <Box as="ul" xcss={listStyle} testId="legal-applies">
            {applies.map((o) => (
              <ObligationCard key={o.ruleId} obligation={o} view={view} now={now} timeZone={timeZone} onRecord={record} />
            ))}
          </Box>
          <Text weight="semibold">May apply ({possible.length})</Text>
          <Text size="small" color="color.text.subtle">
            These depend on an answer that is missing or unsure. Each starts its clock here once an answer makes it apply.
          </Text>
          <Box as="ul" xcss={listStyle} testId="legal-possible">
            {possibleByRegime.map((g) => (
              <li key={g.regime} data-testid="legal-possible-regime">
                <Text>
                  <Text weight="semibold">{g.regime}</Text>: {g.count === 1 ? 'one notice' : `${g.count} notices`} may apply.
                  {g.questions.length > 0 ? ` Decided by: ${g.questions.join('; ')}.` : ''}
                </Text>
              </li>
            ))}
          </Box>
        </Stack>
      </Stack>
    </Box>
  );
}
