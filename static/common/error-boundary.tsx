import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Keeps a rendering bug from blanking the module: the user sees what happened and can reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Incident response app failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <p role="alert">This part of the Incident response app could not be shown. Reload the page; if it happens again, tell your Jira admin.</p>;
  }
}
