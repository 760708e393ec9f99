/**
 * A button for first-paint views, built on Atlaskit's Pressable primitive and design tokens: the
 * full @atlaskit/button brings tooltips and popper with it, which the initial bundle cannot afford.
 * Views that load later use @atlaskit/button.
 */
import { Pressable, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const primary = xcss({
  backgroundColor: 'color.background.brand.bold',
  color: 'color.text.inverse',
  borderRadius: 'radius.small',
  paddingBlock: 'space.075',
  paddingInline: 'space.150',
  fontWeight: 'font.weight.medium',
  ':hover': { backgroundColor: 'color.background.brand.bold.hovered' },
  ':active': { backgroundColor: 'color.background.brand.bold.pressed' },
});

export function ActionButton({ onClick, children, testId }: { onClick: () => void; children: ReactNode; testId?: string }) {
  return (
    <Pressable xcss={primary} onClick={onClick} testId={testId}>
      {children}
    </Pressable>
  );
}
