import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';

/** Declared with the view that portal-error.tsx lazy-loads (and re-exports), so neither imports the other in a circle. */
export interface PortalErrorWords {
  title: string;
  message: string;
  retry: string;
}

/** The full error view, loaded only when an error happens (portal-error.tsx). */
export default function PortalErrorView({ words, information, onRetry }: { words: PortalErrorWords; information: boolean; onRetry: () => void }) {
  return (
    <SectionMessage
      appearance={information ? 'information' : 'error'}
      title={words.title}
      actions={[
        <SectionMessageAction key="retry" onClick={onRetry}>
          {words.retry}
        </SectionMessageAction>,
      ]}
    >
      <p role={information ? 'status' : 'alert'}>{words.message}</p>
    </SectionMessage>
  );
}
