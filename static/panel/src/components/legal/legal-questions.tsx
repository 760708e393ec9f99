import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { useT } from '../../../../common/i18n/i18n-provider';
import { ErrorMessage } from '../../../../common/error-message';
import { RouterLink } from '../../../../common/router-link';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, LegalQuestionView, LegalRecordAction, ObligationView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { questionInWords } from './legal-words';

/**
 * Where a Jira admin answers the organisation's legal profile: the app's settings page, as a router
 * location, because its address on a real site holds the app's and the environment's ids
 * (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/router/, target "module").
 * It opens on the page's first section; Legal notification is in its sidebar.
 */
export const LEGAL_PROFILE = { target: 'module', moduleKey: 'incident-settings' } as const;

const listStyle = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0', display: 'flex', flexDirection: 'column', gap: 'space.100' });

export interface QuestionGroup {
  question: LegalQuestionView;
  /** One entry per regime it decides, with a stage of it to record a decision on. */
  regimes: { regime: string; stage: string; ruleId: string }[];
}

/**
 * Obligations not owed yet, grouped by the one question that decides them: asked once, whatever
 * the number of regimes or stages behind it.
 * @example groupByQuestion(obligations)[0] // { question: { question: 'Is personal data involved?', ... }, regimes: [EU GDPR] }
 */
export function groupByQuestion(obligations: readonly ObligationView[]): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const o of obligations) {
    if (!o.decidedBy) continue;
    const group = groups.get(o.decidedBy.question) ?? { question: o.decidedBy, regimes: [] };
    if (!group.regimes.some((r) => r.regime === o.regime)) group.regimes.push({ regime: o.regime, stage: o.stage, ruleId: o.ruleId });
    groups.set(o.decidedBy.question, group);
  }
  // The responder's own questions first, then determinations, then judgements; the admin's profile last.
  const order = { answers: 0, determination: 1, judgement: 2, profile: 3 } as const;
  return [...groups.values()].sort((a, b) => order[a.question.answeredBy] - order[b.question.answeredBy]);
}

/** What to say in place of the list while the organisation's legal profile is unanswered. */
export function ProfilePrompt() {
  const { t } = useT();
  return (
    <Stack space="space.050" testId="legal-profile-prompt">
      <Text weight="semibold">{t('panel.legal.profile.heading')}</Text>
      <Text>{t('panel.legal.profile.explain')}</Text>
      {/* A link of its own line: one inside a sentence would be told apart by colour only. */}
      <RouterLink to={LEGAL_PROFILE} testId="legal-profile-link">
        {t('panel.legal.profile.link')}
      </RouterLink>
      <Text color="color.text.subtle">{t('panel.legal.profile.notAdmin')}</Text>
    </Stack>
  );
}

interface Props {
  groups: QuestionGroup[];
  view: IncidentView;
  onRecord: (action: LegalRecordAction) => Promise<ErrorBody | null>;
  onAnswer: () => void;
  onYes: (question: LegalQuestionView) => void;
}

/** One line per question, with the regimes it would bring in or rule out, and how to answer it. */
export function LegalQuestions({ groups, view, onRecord, onAnswer, onYes }: Props) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Box as="ul" xcss={listStyle} testId="legal-possible">
      {groups.map((g) => (
        <li key={g.question.question} data-testid="legal-question">
          <Stack space="space.050">
            <Text>
              <Text weight="semibold">{questionInWords(g.question.question, i18n)}</Text>{' '}
              {t('panel.legal.question.decides', { regimes: g.regimes.map((r) => r.regime).join(', ') })}
            </Text>
            {g.question.answeredBy === 'profile' && (
              <>
                <Text size="small" color="color.text.subtle">
                  {t('panel.legal.question.profileHint')}
                </Text>
                <RouterLink to={LEGAL_PROFILE}>{t('panel.legal.question.openProfile')}</RouterLink>
              </>
            )}
            {view.canEdit && g.question.answeredBy === 'answers' && (
              <Inline space="space.100">
                <Button onClick={onAnswer}>{t('panel.legal.question.answer')}</Button>
              </Inline>
            )}
            {view.canEdit &&
              (g.question.answeredBy === 'determination' || g.question.answeredBy === 'judgement') &&
              g.regimes.map((r) => <RegimeDecision key={r.ruleId} group={g} regime={r} view={view} onRecord={onRecord} onYes={onYes} />)}
          </Stack>
        </li>
      ))}
    </Box>
  );
}

/**
 * A determination's "yes" records the clock start it names; its "no" is one decision, with one
 * reason, for every stage of the regime. A judgement is decided on the stage that asks it.
 */
function RegimeDecision({
  group,
  regime,
  view,
  onRecord,
  onYes,
}: {
  group: QuestionGroup;
  regime: QuestionGroup['regimes'][number];
  view: IncidentView;
  onRecord: Props['onRecord'];
  onYes: Props['onYes'];
}) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const determination = group.question.answeredBy === 'determination';
  const save = async (decision: 'notify' | 'not-required') => {
    const problem = await onRecord({
      expectedRevision: view.incident.revision,
      action: 'decide',
      ruleId: regime.ruleId,
      decision,
      ...(reason.trim() ? { rationale: reason.trim() } : {}),
      ...(determination ? { allStages: true } : {}),
    });
    if (problem) setError(problem);
    else setOpen(false);
  };
  const what = determination ? regime.regime : `${regime.regime}, ${regime.stage.toLowerCase()}`;
  if (!open)
    return (
      <Inline space="space.100" alignBlock="center" shouldWrap>
        {group.regimes.length > 1 || !determination ? <Text>{what}:</Text> : null}
        {determination && (
          <Button appearance="primary" onClick={() => onYes(group.question)} testId="legal-question-yes">
            {t('panel.legal.question.yes')}
          </Button>
        )}
        <Button onClick={() => setOpen(true)} testId="legal-question-decide">
          {determination ? t('panel.legal.question.no') : t('panel.legal.question.decide')}
        </Button>
      </Inline>
    );
  return (
    <Stack space="space.075" testId="legal-regime-decision">
      <label>
        {determination ? t('panel.legal.question.whyNotOwed', { regime: regime.regime }) : t('panel.legal.question.why', { what })}
        <Textfield value={reason} maxLength={TEXT_LIMITS.reason} onChange={(e) => setReason(e.currentTarget.value)} testId="legal-regime-reason" />
      </label>
      {error && <ErrorMessage error={error} />}
      <Inline space="space.100">
        {!determination && <Button onClick={() => void save('notify')}>{t('panel.legal.decision.notify')}</Button>}
        <Button appearance="primary" onClick={() => void save('not-required')} testId="legal-regime-save">
          {determination ? t('panel.legal.question.saveNotRequired') : t('panel.legal.decision.notRequired')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('panel.cancel')}</Button>
      </Inline>
    </Stack>
  );
}
