import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ReactNode } from 'react';
import { useT } from '../../common/i18n/i18n-provider';

/** Declared with the full view that notice.tsx lazy-loads (and re-exports), so neither imports the other in a circle. */
export interface NoticeProps {
  appearance: 'information' | 'success';
  title?: string;
  children: ReactNode;
  testId?: string;
  /** Offers a "Dismiss" action (a button: reachable by keyboard). */
  onDismiss?: () => void;
}

/** The full notice: Atlaskit's section message (its icon and colours from the design tokens). */
export default function SectionNotice({ appearance, title, children, testId, onDismiss }: NoticeProps) {
  const { t } = useT();
  const actions = onDismiss
    ? [
        <SectionMessageAction key="dismiss" onClick={onDismiss}>
          {t('admin.sectionNotice.dismiss')}
        </SectionMessageAction>,
      ]
    : [];
  return (
    <SectionMessage appearance={appearance} title={title} testId={testId} actions={actions}>
      <div role="status">{children}</div>
    </SectionMessage>
  );
}
