import { Component, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { ErrorBanner } from '../ui/error-banner';

interface State {
  error: unknown;
}

/**
 * Keeps the shell usable when a page fails to render or its chunk fails to load (for example
 * after the console was redeployed): the sidebar stays, the page area explains and offers a reload.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') };
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return <PageError error={this.state.error} />;
  }
}

/** What shows instead of a page that failed; also the router's error view (a page's code failed to load). */
export function PageError({ error }: { error: unknown }) {
  return (
    <ErrorBanner
      title="This page could not be shown"
      error={error}
      action={
        <Button size="small" onClick={() => window.location.reload()}>
          Reload
        </Button>
      }
    />
  );
}
