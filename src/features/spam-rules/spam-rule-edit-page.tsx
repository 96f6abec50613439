// /settings/spam/rules/new and /settings/spam/rules/:id.
import { useQuery } from '@tanstack/react-query';
import { Link } from '../../router/link';
import { useParams } from '../../router/route-params';
import { useCan, useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/spinner';
import { useDocumentTitle } from '../../ui/use-document-title';
import { SpamRuleCreate } from './spam-rule-create';
import { SpamRuleEditForm } from './spam-rule-edit-form';
import { scopeLabel } from './spam-rule-fields';
import { RULE_LIST_PATH } from './spam-rule-paths';
import { ruleDetailQuery } from './spam-rule-queries';
import './spam-rules.css';

export default function SpamRuleEditPage() {
  const { id } = useParams();
  if (id === undefined) {
    return (
      <>
        <PageHeader title="New spam rule" subtitle="A rule assigns a tag to messages its condition matches" />
        <SpamRuleCreate />
      </>
    );
  }
  return <ExistingRule id={id} />;
}

function ExistingRule({ id }: { id: string }) {
  const { client, accountId } = useConnection();
  const canUpdate = useCan('sysSpamRuleUpdate');
  const detail = useQuery(ruleDetailQuery(client, accountId, id));
  const loaded = detail.data;
  useDocumentTitle(loaded ? `Rule ${loaded.object.name}` : undefined);

  // Wait for the first answer after opening: the loaded state is what the next save is checked against.
  if (detail.isPending || (detail.isFetching && !detail.isFetchedAfterMount)) {
    return (
      <>
        <PageHeader title="Spam rule" />
        <Loading label="Loading the rule…" />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title="Spam rule" />
        <ErrorBanner
          title="Cannot load the rule"
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
        <PageHeader title="Spam rule not found" />
        <p>
          No rule has the id “{id}”. It may have been deleted. <Link to={RULE_LIST_PATH}>Back to rules</Link>
        </p>
      </>
    );
  }
  const readOnlyNote = canUpdate ? '' : ' You can view this rule but not change it.';
  return (
    <>
      <PageHeader title={`Rule ${loaded.object.name}`} subtitle={`Rule type: ${scopeLabel(loaded.object['@type'])}.${readOnlyNote}`} />
      <SpamRuleEditForm loaded={loaded} readOnly={!canUpdate} />
    </>
  );
}
