import { PageHeader } from '../../ui/page-header';

export default function SpamRuleListPage() {
  return <PageHeader title="Spam rules" />;
}
