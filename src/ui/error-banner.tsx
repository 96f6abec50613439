import type { ReactNode } from 'react';
import { describeError } from './describe-error';

export interface ErrorBannerProps {
  /** A typed client error (or anything thrown); it is put into words here. */
  error: unknown;
  title?: string;
  /** e.g. a "Try again" button. */
  action?: ReactNode;
}

export function ErrorBanner({ error, title = 'Something went wrong', action }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert">
      <div>
        <p className="error-banner__title">{title}</p>
        <p>{describeError(error)}</p>
      </div>
      {action}
    </div>
  );
}
