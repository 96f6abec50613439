// Settings › MTA › Filters › Milters: the list, with create and delete for those allowed to.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCan, useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/spinner';
import { NEW_MILTER_PATH } from './milter-paths';
import { milterListQuery } from './milter-queries';
import { MilterTable } from './milter-table';

export default function MilterListPage() {
  const { client, accountId } = useConnection();
  const canCreate = useCan('sysMtaMilterCreate');
  const canDelete = useCan('sysMtaMilterDestroy');
  const list = useQuery(milterListQuery(client, accountId));

  const createLink = canCreate ? (
    <Link to={NEW_MILTER_PATH} className="button button--primary">
      Create milter
    </Link>
  ) : undefined;

  return (
    <>
      <PageHeader title="Milter filters" subtitle="Manage Milter filters" actions={createLink} />
      {list.isPending ? (
        <Loading label="Loading milters…" />
      ) : list.isError ? (
        <ErrorBanner
          title="Cannot load the milters"
          error={list.error}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              Try again
            </Button>
          }
        />
      ) : list.data.length === 0 ? (
        <EmptyState message="No milters are configured." />
      ) : (
        <MilterTable rows={list.data} canDelete={canDelete} />
      )}
    </>
  );
}
