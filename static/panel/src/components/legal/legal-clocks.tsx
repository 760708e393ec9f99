import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useMemo, useState } from 'react';
import { useT } from '../../../../common/i18n/i18n-provider';
import { useNow } from '../../../../common/use-now';
import { useOwnSaves } from '../../hooks/use-own-saves';
import type { TriggerKeyView } from '../../../../../src/shared/legal-vocabulary';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, LegalRecordAction, ObligationView } from '../../../../../src/shared/resolver-contract';
import { recordLegal } from '../../api/incident-api';
import { formatDay, formatTime } from '../labels';
import { legalDisclaimer, RESIDENCE_KEYS, TRIGGER_LABEL_KEYS } from './legal-words';
import { calendarDayInWords } from '../../../../../src/shared/time-in-words';
import { ApplicabilityForm } from './applicability-form';
import { ClockStartForm } from './clock-start-form';
import { groupByQuestion, LegalQuestions, ProfilePrompt } from './legal-questions';
import { DecisionForm, ObligationCard } from './obligation-card';

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
  const { t, locale } = useT();
  const legal = view.legal;
  const tick = useNow(30_000);
  const receivedAt = useMemo(() => Date.now(), [legal.asOf]);
  const now = Date.parse(legal.asOf) + Math.max(0, tick - receivedAt);
  const [form, setForm] = useState<'answers' | 'start' | null>(null);
  const record = useOwnSaves<LegalRecordAction>(recordLegal, onChange);
  // Owed: every condition holds (or a notice or decision is on record). Not owed yet: one line per
  // question that decides it. Settled: one line per regime decided "not required", with its reason.
  const owed = legal.obligations.filter((o) => o.decidedBy === null && o.state !== 'not-required');
  const settled = [
    ...new Map(legal.obligations.filter((o) => o.state === 'not-required').map((o) => [`${o.regime}\n${o.decision?.rationale ?? ''}`, o])).values(),
  ];
  const questions = groupByQuestion(legal.obligations);
  const possibleRegimes = new Set(questions.flatMap((g) => g.regimes.map((r) => r.regime))).size;
  const [startPreset, setStartPreset] = useState<TriggerKeyView | null>(null);
  const a = legal.answers;

  return (
    <Box xcss={sectionStyle} testId="legal-clocks">
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center">
          <Heading size="xsmall" as="h3">
            {t('panel.legal.heading')}
          </Heading>
          <Lozenge appearance="new">{t('panel.legal.neverPaused')}</Lozenge>
          {legal.exercise && <Lozenge appearance="moved">{t('panel.legal.exercise')}</Lozenge>}
        </Inline>
        <Text color="color.text.subtle" testId="legal-disclaimer">
          {t('panel.legal.intro', { disclaimer: legalDisclaimer(legal.disclaimer, t), reviewed: formatDay(legal.packVersion, locale, calendarDayInWords) })}
        </Text>

        <Stack space="space.050" testId="legal-answers">
          <Text weight="semibold">{t('panel.legal.answers.heading')}</Text>
          <Text>
            {t('panel.legal.answers.summary', {
              personalData: a.personalData ?? 'unanswered',
              risk: a.risk ?? 'unanswered',
              where:
                a.residences.length > 0
                  ? new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(a.residences.map((r) => t(RESIDENCE_KEYS[r])))
                  : '',
              whereState: a.residences.length === 0 ? 'unanswered' : a.residencesComplete ? 'complete' : 'incomplete',
              hasTotal: a.affected.total !== undefined ? 'yes' : 'no',
              total: a.affected.total ?? 0,
            })}
          </Text>
          {legal.answeredAt && (
            <Text size="small" color="color.text.subtle">
              {t('panel.legal.answers.by', {
                by: names[legal.answeredBy ?? ''] ?? legal.answeredBy ?? '',
                when: formatTime(legal.answeredAt, timeZone, locale),
              })}
            </Text>
          )}
        </Stack>

        <Stack space="space.050" testId="legal-starts">
          <Text weight="semibold">{t('panel.legal.starts.heading')}</Text>
          {legal.starts.length === 0 ? (
            <Text color="color.text.subtle">{t('panel.legal.starts.none')}</Text>
          ) : (
            legal.starts.map((s) => (
              <Text key={s.id} testId={`legal-start-${s.trigger}`} color={s.current ? 'color.text' : 'color.text.subtlest'}>
                {t('panel.legal.starts.line', {
                  trigger: t(TRIGGER_LABEL_KEYS[s.trigger]),
                  at: formatTime(s.at, timeZone, locale),
                  correction: s.corrects ? 'yes' : 'no',
                  superseded: s.current ? 'no' : 'yes',
                  by: names[s.recordedBy] ?? s.recordedBy,
                  when: formatTime(s.recordedAt, timeZone, locale),
                })}
                {s.reason ? ` · ${s.reason}` : ''}
              </Text>
            ))
          )}
        </Stack>

        {view.canEdit && form === null && (
          <Inline space="space.100">
            <Button onClick={() => setForm('answers')} testId="legal-answer">
              {t('panel.legal.answerQuestions')}
            </Button>
            <Button
              onClick={() => {
                setStartPreset(null);
                setForm('start');
              }}
              testId="legal-record-start"
            >
              {t('panel.legal.recordStart')}
            </Button>
          </Inline>
        )}
        {form === 'answers' && <ApplicabilityForm view={view} onRecord={record} onClose={() => setForm(null)} />}
        {form === 'start' && <ClockStartForm view={view} timeZone={timeZone} preset={startPreset} onRecord={record} onClose={() => setForm(null)} />}

        <Stack space="space.100">
          <Text weight="semibold">{t('panel.legal.owed.heading', { count: owed.length })}</Text>
          {owed.length === 0 && <Text color="color.text.subtle">{t('panel.legal.owed.none')}</Text>}
          <Box as="ul" xcss={listStyle} testId="legal-applies">
            {owed.map((o) => (
              <ObligationCard key={o.ruleId} obligation={o} view={view} now={now} timeZone={timeZone} onRecord={record} />
            ))}
          </Box>
          {settled.length > 0 && (
            <Box as="ul" xcss={listStyle} testId="legal-settled">
              {settled.map((o) => (
                <SettledLine key={`${o.regime}-${o.ruleId}`} o={o} view={view} onRecord={record} />
              ))}
            </Box>
          )}
          {legal.profileAnswered ? (
            <>
              <Text weight="semibold">{t('panel.legal.mayApply.heading', { count: possibleRegimes })}</Text>
              {questions.length > 0 && (
                <Text size="small" color="color.text.subtle">
                  {t('panel.legal.mayApply.explain')}
                </Text>
              )}
              <LegalQuestions
                groups={questions}
                view={view}
                onRecord={record}
                onAnswer={() => setForm('answers')}
                onYes={(q) => {
                  setStartPreset(q.trigger);
                  setForm('start');
                }}
              />
            </>
          ) : (
            <ProfilePrompt />
          )}
        </Stack>
      </Stack>
    </Box>
  );
}

/** A regime decided "not required": one line with its reason, and the decision can be changed. */
function SettledLine({ o, view, onRecord }: { o: ObligationView; view: IncidentView; onRecord: (a: LegalRecordAction) => Promise<ErrorBody | null> }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  // Decided for every stage at once: changed for every stage at once.
  const stages = view.legal.obligations.filter((x) => x.regime === o.regime && x.state === 'not-required' && x.decision?.rationale === o.decision?.rationale);
  return (
    <li data-testid="legal-settled-regime">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text>
          <Text weight="semibold">{o.regime}</Text>
          {t('panel.legal.settled.line', {
            stage: stages.length > 1 ? '' : o.stage.toLowerCase(),
            allStages: stages.length > 1 ? 'yes' : 'no',
            hasReason: o.decision?.rationale ? 'yes' : 'no',
            reason: o.decision?.rationale ?? '',
          })}
        </Text>
        {view.canEdit && !open && (
          <Button appearance="subtle" onClick={() => setOpen(true)}>
            {t('panel.legal.settled.change')}
          </Button>
        )}
      </Inline>
      {open && <DecisionForm o={o} view={view} onRecord={onRecord} onClose={() => setOpen(false)} allStages={stages.length > 1} />}
    </li>
  );
}
