// /settings/spam/rules/new and /settings/spam/rules/:id.
import { useQuery } from '@tanstack/react-query';
import { DetailPageFrame } from '../../forms/detail-page-frame';
import { useParams } from '@tanstack/react-router';
import { useCan, useConnection } from '../../session/connection-context';
import { PageHeader } from '../../ui/page-header';
import { useDocumentTitle } from '../../ui/use-document-title';
import { SpamRuleCreate } from './spam-rule-create';
import { SpamRuleEditForm } from './spam-rule-edit-form';
import { scopeLabel } from './spam-rule-fields';
import { RULE_LIST_PATH } from './spam-rule-paths';
import { ruleDetailQuery } from './spam-rule-queries';
import './spam-rules.css';

export default function SpamRuleEditPage() {
  const { id } = useParams({ strict: false });
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

  const readOnlyNote = canUpdate ? '' : ' You can view this rule but not change it.';
  return (
    <DetailPageFrame detail={detail} id={id} title="Spam rule" noun="rule" listPath={RULE_LIST_PATH} listName="rules">
      {(rule) => (
        <>
          <PageHeader title={`Rule ${rule.object.name}`} subtitle={`Rule type: ${scopeLabel(rule.object['@type'])}.${readOnlyNote}`} />
          <SpamRuleEditForm loaded={rule} readOnly={!canUpdate} />
        </>
      )}
    </DetailPageFrame>
  );
}
