// The page of one existing object before its form can show: loading, a load error with a retry,
// or not found. The loaded state is what the next save is checked against, so the page waits for
// the first answer after opening rather than showing what was cached.
import { type ReactNode, useState } from 'react';
import { takeCreatedNote } from './created-note';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button } from '../ui/button';
import { ErrorBanner } from '../ui/error-banner';
import { PageHeader } from '../ui/page-header';
import { Loading } from '../ui/spinner';

export interface DetailPageFrameProps<L> {
  /** The detail query; its data is null when the object does not exist. */
  detail: UseQueryResult<L | null>;
  id: string;
  /** The page title until the object is loaded, e.g. "Spam rule". */
  title: string;
  /** What the object is, e.g. "rule". */
  noun: string;
  /** The list page, and the words after "Back to", e.g. "rules". */
  listPath: string;
  listName: string;
  /** The page once the object is loaded. */
  children: (loaded: L) => ReactNode;
}

export function DetailPageFrame<L>({ detail, id, title, noun, listPath, listName, children }: DetailPageFrameProps<L>) {
  // Just created: say so, and what the server stored differently (shown once).
  const [createdNote] = useState(() => takeCreatedNote(id));
  if (detail.isPending || (detail.isFetching && !detail.isFetchedAfterMount)) {
    return (
      <>
        <PageHeader title={title} />
        <Loading label={`Loading the ${noun}…`} />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title={title} />
        <ErrorBanner
          title={`Cannot load the ${noun}`}
          error={detail.error}
          action={
            <Button size="small" onClick={() => void detail.refetch()}>
              Try again
            </Button>
          }
        />
      </>
    );
  }
  if (!detail.data) {
    return (
      <>
        <PageHeader title={`${title} not found`} />
        <p>
          No {noun} has the id “{id}”. It may have been deleted. <Link to={listPath}>Back to {listName}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      {createdNote && (
        <p className="pm-created-note" role="status">
          {createdNote}
        </p>
      )}
      {children(detail.data)}
    </>
  );
}
