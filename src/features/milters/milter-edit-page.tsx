// /settings/mta/milters/new and /settings/mta/milters/:id.
import { useQuery } from '@tanstack/react-query';
import { DetailPageFrame } from '../../forms/detail-page-frame';
import { useParams } from '@tanstack/react-router';
import { useCan, useConnection } from '../../session/connection-context';
import { PageHeader } from '../../ui/page-header';
import { useDocumentTitle } from '../../ui/use-document-title';
import { MilterCreateForm } from './milter-create-form';
import { MilterEditForm } from './milter-edit-form';
import { MILTER_LIST_PATH, milterLabel } from './milter-paths';
import { milterDetailQuery } from './milter-queries';

export default function MilterEditPage() {
  const { id } = useParams({ strict: false });
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

  return (
    <DetailPageFrame detail={detail} id={id} title="Milter" noun="milter" listPath={MILTER_LIST_PATH} listName="milters">
      {(milter) => (
        <>
          <PageHeader
            title={`Milter ${milterLabel(milter.object)}`}
            subtitle={canUpdate ? undefined : 'You can view this milter but not change it.'}
          />
          <MilterEditForm loaded={milter} readOnly={!canUpdate} />
        </>
      )}
    </DetailPageFrame>
  );
}
