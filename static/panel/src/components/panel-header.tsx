import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { type I18n, useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { useNow } from '../../../common/use-now';
import { type NextAction, nextAction } from '../../../../src/shared/next-action';
import { nextDeadline } from '../../../../src/shared/next-deadline';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { deadlineWhat, formatTime, labelOf, TRIAGE_APPEARANCE, TRIAGE_KEYS } from './labels';

const stripStyle = xcss({
  padding: 'space.150',
  borderRadius: 'radius.medium',
  backgroundColor: 'color.background.neutral',
});

/**
 * The next actions src/shared/next-action.ts words (it gives no id): each is recognised by its
 * source-locale (en-US) text, which is the backend's wording, and shown in the viewer's words.
 */
const ACTION_KEYS: MessageKey[] = [
  'panel.header.action.follow',
  'panel.header.action.triage',
  'panel.header.action.dismissed',
  'panel.header.action.prioritise',
  'panel.header.action.acknowledge',
  'panel.header.action.postmortem',
  'panel.header.action.postmortemOverdue',
  'panel.header.action.respond',
  'panel.header.action.nothingDue',
];

/** The next action in the viewer's words; one the panel does not know stays as the backend words it. */
function actionInWords(action: NextAction, view: IncidentView, { t, source }: I18n): string {
  const key = ACTION_KEYS.find((k) => source(k) === action.text);
  if (key) return t(key);
  const legal = view.legal.obligations.find((o) => o.applicability === 'applies' && o.state === 'open');
  const values = legal ? { regime: legal.regime, stage: legal.stage } : null;
  if (values && source('panel.header.action.legal')?.replace('{regime}', values.regime).replace('{stage}', values.stage) === action.text)
    return t('panel.header.action.legal', values);
  return action.text;
}

/**
 * The panel's first lines: the level, the triage state, the next deadline (SLA or legal) and the one
 * thing to do next, so a responder opening it in the first hour knows where they stand.
 */
export function PanelHeader({ view, timeZone }: { view: IncidentView; timeZone: string }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const now = useNow(60_000);
  const deadline = nextDeadline(view, new Date(now).toISOString());
  const action = nextAction(view);
  return (
    <Box xcss={stripStyle} testId="panel-header">
      <Stack space="space.075">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Lozenge appearance={view.incident.priority ? 'moved' : 'default'} isBold testId="header-level">
            {view.incident.priority ? labelOf(view.settings, 'priority', view.incident.priority, i18n) : t('panel.header.noPriority')}
          </Lozenge>
          <Lozenge appearance={TRIAGE_APPEARANCE[view.incident.triage.state]} testId="header-triage">
            {t(TRIAGE_KEYS[view.incident.triage.state])}
          </Lozenge>
          {view.incident.exercise && <Lozenge appearance="new">{t('panel.value.exercise')}</Lozenge>}
        </Inline>
        <Text color={deadline?.late ? 'color.text.danger' : 'color.text'} testId="header-deadline">
          {deadline
            ? t('panel.header.deadline', {
                what: deadlineWhat(deadline, t),
                late: deadline.late ? 'yes' : 'no',
                when: formatTime(deadline.dueAt, timeZone, locale),
              })
            : t('panel.header.noDeadline')}
        </Text>
        <Text weight="semibold" testId="header-next">
          {t('panel.header.next', { action: actionInWords(action, view, i18n) })}
        </Text>
      </Stack>
    </Box>
  );
}
