// /settings/mta/milters/new and /settings/mta/milters/:id.
import { useQuery } from '@tanstack/react-query';
import { useParams } from '../../router/route-params';
import { Link } from '../../router/link';
import { useCan, useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/spinner';
import { useDocumentTitle } from '../../ui/use-document-title';
import { MilterCreateForm } from './milter-create-form';
import { MilterEditForm } from './milter-edit-form';
import { MILTER_LIST_PATH, milterLabel } from './milter-paths';
import { milterDetailQuery } from './milter-queries';

export default function MilterEditPage() {
  const { id } = useParams();
  if (id === undefined) {
    return (
      <>
        <PageHeader title="New milter" subtitle="A Milter filter that inspects messages during the SMTP session" />
        <MilterCreateForm />
      </>
    );
  }
  return <ExistingMilter id={id} />;
}

function ExistingMilter({ id }: { id: string }) {
  const { client, accountId } = useConnection();
  const canUpdate = useCan('sysMtaMilterUpdate');
  const detail = useQuery(milterDetailQuery(client, accountId, id));
  const loaded = detail.data;
  useDocumentTitle(loaded ? `Milter ${milterLabel(loaded.object)}` : undefined);

  // Wait for the first answer after opening: the loaded state is what the next save is checked against.
  if (detail.isPending || (detail.isFetching && !detail.isFetchedAfterMount)) {
    return (
      <>
        <PageHeader title="Milter" />
        <Loading label="Loading the milter…" />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title="Milter" />
        <ErrorBanner
          title="Cannot load the milter"
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
  if (!loaded) {
    return (
      <>
        <PageHeader title="Milter not found" />
        <p>
          No milter has the id “{id}”. It may have been deleted. <Link to={MILTER_LIST_PATH}>Back to milters</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={`Milter ${milterLabel(loaded.object)}`}
        subtitle={canUpdate ? undefined : 'You can view this milter but not change it.'}
      />
      <MilterEditForm loaded={loaded} readOnly={!canUpdate} />
    </>
  );
}
