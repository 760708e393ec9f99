import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useEffect, useMemo } from 'react';
import { type I18n, useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { useNow } from '../../../common/use-now';
import type { SlaClockView, SlaView } from '../../../../src/shared/resolver-contract';
import { CLOCK_KEYS, formatDurationIn, formatTime } from './labels';
import { zoneInWords } from '../../../../src/shared/time-in-words';

const nameStyle = xcss({ minWidth: '10rem' });
const listStyle = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0' });

type Appearance = 'default' | 'inprogress' | 'moved' | 'removed' | 'success';

/** Working time left now: running clocks count down from the server's reading until the calendar changes. */
export function liveRemaining(clock: SlaClockView, asOf: number, now: number): number {
  if (clock.state !== 'running' || !clock.counting) return clock.remainingMs;
  const until = clock.changesAt ? Math.min(now, Date.parse(clock.changesAt)) : now;
  return clock.remainingMs - Math.max(0, until - asOf);
}

function badge(clock: SlaClockView, remaining: number, warnAtPercent: number): { text: MessageKey; appearance: Appearance } {
  switch (clock.state) {
    case 'met':
      return { text: 'panel.sla.state.met', appearance: 'success' };
    case 'missed':
      return { text: 'panel.sla.state.missed', appearance: 'removed' };
    case 'paused':
      return { text: 'panel.sla.state.paused', appearance: 'default' };
    case 'not-applicable':
      return { text: 'panel.sla.state.notApplicable', appearance: 'default' };
    default:
      if (remaining <= 0) return { text: 'panel.sla.state.breached', appearance: 'removed' };
      return remaining <= clock.targetMinutes * 60_000 * (1 - warnAtPercent / 100)
        ? { text: 'panel.sla.state.dueSoon', appearance: 'moved' }
        : { text: 'panel.sla.state.onTrack', appearance: 'inprogress' };
  }
}

function detail(clock: SlaClockView, remaining: number, timeZone: string, { t, locale }: I18n): string {
  const due = clock.dueAt ? formatTime(clock.dueAt, timeZone, locale) : null;
  const duration = formatDurationIn(remaining, t);
  const stopped = clock.stoppedAt ? formatTime(clock.stoppedAt, timeZone, locale) : '';
  switch (clock.state) {
    case 'met':
      return due ? t('panel.sla.detail.metWithDue', { stopped, duration, due }) : t('panel.sla.detail.met', { stopped, duration });
    case 'missed':
      return due ? t('panel.sla.detail.missedWithDue', { stopped, duration, due }) : t('panel.sla.detail.missed', { stopped, duration });
    case 'paused':
      return t('panel.sla.detail.paused', { duration });
    case 'not-applicable':
      return t('panel.sla.detail.notApplicable');
    default: {
      const resting = clock.counting ? 'no' : 'yes';
      return remaining > 0
        ? t('panel.sla.detail.running', { duration, due: due ?? '', resting })
        : t('panel.sla.detail.late', { duration, due: due ?? '', resting });
    }
  }
}

/**
 * A countdown per SLA clock. It ticks in the browser from the server's reading and reloads the
 * view when the calendar starts or stops counting (or a clock would cross into another state the
 * server decides), so the numbers stay right without reloading the page.
 */
export function SlaClocks({
  sla,
  timeZone,
  onStale,
  levelName,
}: {
  sla: SlaView;
  timeZone: string;
  onStale: () => void;
  /** The level's name in the viewer's words (sla.level is its id); the id where not given. */
  levelName?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const tick = useNow(15_000);
  const asOf = Date.parse(sla.asOf);
  // Time is measured from when this reading arrived, on the browser's clock, so a browser clock
  // that disagrees with Jira's does not skew the countdown.
  const receivedAt = useMemo(() => Date.now(), [sla.asOf]);
  const now = asOf + Math.max(0, tick - receivedAt);
  const nextChange = Math.min(...sla.clocks.filter((c) => c.state === 'running' && c.changesAt).map((c) => Date.parse(c.changesAt!)));
  const stale = Number.isFinite(nextChange) && now >= nextChange;
  useEffect(() => {
    if (stale) onStale();
  }, [stale, onStale]);

  return (
    <Stack space="space.100" testId="sla-clocks">
      <Heading size="xsmall" as="h3">
        {t('panel.section.sla.title')}
      </Heading>
      {sla.unavailable ? (
        <Text color="color.text.subtle">{sla.unavailable}</Text>
      ) : (
        <>
          <Text color="color.text.subtle">
            {t('panel.sla.policy', {
              level: levelName ?? sla.level ?? '',
              calendar: sla.calendar!.name,
              calendarZone: zoneInWords(sla.calendar!.timeZone),
              viewerZone: zoneInWords(timeZone),
            })}
          </Text>
          <Box as="ul" xcss={listStyle}>
            {sla.clocks.map((clock) => {
              const remaining = liveRemaining(clock, asOf, now);
              const state = badge(clock, remaining, sla.warnAtPercent);
              return (
                <Box as="li" key={clock.kind} testId={`sla-clock-${clock.kind}`} paddingBlock="space.050">
                  <Inline space="space.100" alignBlock="start" shouldWrap>
                    <Box xcss={nameStyle}>
                      <Text weight="semibold">{t(CLOCK_KEYS[clock.kind])}</Text>
                    </Box>
                    <Lozenge appearance={state.appearance} testId={`sla-state-${clock.kind}`}>
                      {t(state.text)}
                    </Lozenge>
                    <Text>{detail(clock, remaining, timeZone, i18n)}</Text>
                  </Inline>
                </Box>
              );
            })}
          </Box>
        </>
      )}
    </Stack>
  );
}
