import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useEffect, useMemo } from 'react';
import { useNow } from '../../../common/use-now';
import { formatDuration } from '../../../../src/shared/durations';
import type { SlaClockView, SlaView } from '../../../../src/shared/resolver-contract';
import { formatTime } from './labels';
import { CLOCK_NAMES } from '../../../../src/shared/next-deadline';
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

function badge(clock: SlaClockView, remaining: number, warnAtPercent: number): { text: string; appearance: Appearance } {
  switch (clock.state) {
    case 'met':
      return { text: 'Met', appearance: 'success' };
    case 'missed':
      return { text: 'Missed', appearance: 'removed' };
    case 'paused':
      return { text: 'Paused', appearance: 'default' };
    case 'not-applicable':
      return { text: 'Not applicable', appearance: 'default' };
    default:
      if (remaining <= 0) return { text: 'Breached', appearance: 'removed' };
      return remaining <= clock.targetMinutes * 60_000 * (1 - warnAtPercent / 100)
        ? { text: 'Due soon', appearance: 'moved' }
        : { text: 'On track', appearance: 'inprogress' };
  }
}

function detail(clock: SlaClockView, remaining: number, timeZone: string): string {
  const due = clock.dueAt ? formatTime(clock.dueAt, timeZone) : null;
  switch (clock.state) {
    case 'met':
      return `Done ${formatTime(clock.stoppedAt!, timeZone)}, with ${formatDuration(remaining)} of working time to spare${due ? ` (due ${due})` : ''}.`;
    case 'missed':
      return `Done ${formatTime(clock.stoppedAt!, timeZone)}, late by ${formatDuration(remaining)} of working time${due ? ` (was due ${due})` : ''}.`;
    case 'paused':
      return `Paused with ${formatDuration(remaining)} of working time left; the due time moves while paused.`;
    case 'not-applicable':
      return 'Not an incident: this clock does not apply.';
    default: {
      const resting = clock.counting ? '' : ' Outside working hours now: the clock is not counting.';
      return remaining > 0
        ? `${formatDuration(remaining)} of working time left; due ${due}.${resting}`
        : `Late by ${formatDuration(remaining)} of working time; was due ${due}.${resting}`;
    }
  }
}

/**
 * A countdown per SLA clock. It ticks in the browser from the server's reading and reloads the
 * view when the calendar starts or stops counting (or a clock would cross into another state the
 * server decides), so the numbers stay right without reloading the page.
 */
export function SlaClocks({ sla, timeZone, onStale }: { sla: SlaView; timeZone: string; onStale: () => void }) {
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
        Service levels
      </Heading>
      {sla.unavailable ? (
        <Text color="color.text.subtle">{sla.unavailable}</Text>
      ) : (
        <>
          <Text color="color.text.subtle">
            {sla.level} policy on the {sla.calendar!.name} calendar ({zoneInWords(sla.calendar!.timeZone)}). Times in your time zone ({zoneInWords(timeZone)}).
          </Text>
          <Box as="ul" xcss={listStyle}>
            {sla.clocks.map((clock) => {
              const remaining = liveRemaining(clock, asOf, now);
              const state = badge(clock, remaining, sla.warnAtPercent);
              return (
                <Box as="li" key={clock.kind} testId={`sla-clock-${clock.kind}`} paddingBlock="space.050">
                  <Inline space="space.100" alignBlock="start" shouldWrap>
                    <Box xcss={nameStyle}>
                      <Text weight="semibold">{CLOCK_NAMES[clock.kind]}</Text>
                    </Box>
                    <Lozenge appearance={state.appearance} testId={`sla-state-${clock.kind}`}>
                      {state.text}
                    </Lozenge>
                    <Text>{detail(clock, remaining, timeZone)}</Text>
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
