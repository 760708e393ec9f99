import Heading from '@atlaskit/heading';
import { Box, Inline, Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import { useCallback, useState, type ReactNode } from 'react';

const STORE_KEY = 'incident-panel:open-sections';
const DEFAULT_OPEN = ['overview'];

/** The sections a responder had open, kept in the frame's storage (per user and browser); the defaults when none. */
function readOpen(): string[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORE_KEY) ?? 'null') as unknown;
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : DEFAULT_OPEN;
  } catch {
    // Storage may be unavailable in a sandboxed frame: the defaults, not remembered.
    return DEFAULT_OPEN;
  }
}

/** Which panel sections are open; toggling one remembers it for the next incident too. */
export function useOpenSections() {
  const [open, setOpen] = useState<string[]>(readOpen);
  const toggle = useCallback((id: string, to?: boolean) => {
    setOpen((now) => {
      const next = (to ?? !now.includes(id)) ? [...new Set([...now, id])] : now.filter((s) => s !== id);
      try {
        window.localStorage.setItem(STORE_KEY, JSON.stringify(next));
      } catch {
        // Not remembered; still toggled.
      }
      return next;
    });
  }, []);
  return { open, toggle };
}

const toggleStyle = xcss({
  width: '100%',
  paddingBlock: 'space.100',
  paddingInline: 'space.100',
  borderRadius: 'radius.small',
  backgroundColor: 'color.background.neutral.subtle',
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered' },
});

/**
 * One section of the panel (overview, service levels, legal, response, reports, history): a heading
 * that opens and closes it, with a one-line summary while closed. Closed sections are not mounted,
 * so they cost no requests and no height.
 */
export function PanelSection({
  id,
  title,
  summary,
  open,
  onToggle,
  children,
}: {
  id: string;
  title: string;
  summary?: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <Stack space="space.100">
      <Heading size="xsmall" as="h3">
        <Pressable xcss={toggleStyle} onClick={onToggle} aria-expanded={open} aria-controls={`panel-section-${id}-body`} testId={`panel-section-${id}`}>
          {/* Wraps: a long summary in a longer language goes under the title, not off the edge. */}
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            <span>{title}</span>
            {!open && summary && (
              <Text size="small" color="color.text.subtle">
                {summary}
              </Text>
            )}
          </Inline>
        </Pressable>
      </Heading>
      {open && (
        <Box id={`panel-section-${id}-body`} testId={`panel-section-${id}-body`}>
          {children}
        </Box>
      )}
    </Stack>
  );
}
