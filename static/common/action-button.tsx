/**
 * A button for first-paint views, built on Atlaskit's Pressable primitive and design tokens: the
 * full @atlaskit/button brings tooltips and popper with it, which the initial bundle cannot afford.
 * Views that load later use @atlaskit/button.
 */
import { Pressable, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const base = {
  borderRadius: 'radius.small',
  paddingBlock: 'space.075',
  paddingInline: 'space.150',
  fontWeight: 'font.weight.medium',
} as const;

const styles = {
  primary: xcss({
    ...base,
    backgroundColor: 'color.background.brand.bold',
    color: 'color.text.inverse',
    ':hover': { backgroundColor: 'color.background.brand.bold.hovered' },
    ':active': { backgroundColor: 'color.background.brand.bold.pressed' },
  }),
  default: xcss({
    ...base,
    backgroundColor: 'color.background.neutral',
    color: 'color.text',
    ':hover': { backgroundColor: 'color.background.neutral.hovered' },
    ':active': { backgroundColor: 'color.background.neutral.pressed' },
  }),
  disabled: xcss({ ...base, backgroundColor: 'color.background.disabled', color: 'color.text.disabled', cursor: 'not-allowed' }),
};

interface Props {
  onClick: () => void;
  children: ReactNode;
  testId?: string;
  appearance?: 'primary' | 'default';
  isDisabled?: boolean;
}

export function ActionButton({ onClick, children, testId, appearance = 'primary', isDisabled = false }: Props) {
  return (
    <Pressable xcss={isDisabled ? styles.disabled : styles[appearance]} onClick={onClick} testId={testId} isDisabled={isDisabled}>
      {children}
    </Pressable>
  );
}
