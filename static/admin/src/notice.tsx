/**
 * A notice on the settings page (information, a save's confirmation). Atlaskit's section message
 * loads when a notice first shows, so the page's first paint stays within its budget; until it
 * arrives the same words show plainly, so nothing is hidden.
 */
import { lazy, Suspense } from 'react';
import type { NoticeProps } from './section-notice';

const SectionNotice = lazy(() => import('./section-notice'));

export type { NoticeProps } from './section-notice';

export function Notice(props: NoticeProps) {
  return (
    <Suspense
      fallback={
        <div role="status" data-testid={props.testId}>
          {props.title && <strong>{props.title} </strong>}
          {props.children}
        </div>
      }
    >
      <SectionNotice {...props} />
    </Suspense>
  );
}
