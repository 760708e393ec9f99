/**
 * Starts a Custom UI: theming first (the host then sets data-color-mode and the token CSS, so
 * dark mode works), then React. Every app styles itself only with design tokens.
 */
import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './error-boundary';

export function mount(app: ReactNode): void {
  const start = () =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <ErrorBoundary>{app}</ErrorBoundary>
      </StrictMode>,
    );
  view.theme.enable().then(start, start);
}
