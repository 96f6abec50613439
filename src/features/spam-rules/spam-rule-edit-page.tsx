import { PageHeader } from '../../ui/page-header';

export default function SpamRuleEditPage() {
  return <PageHeader title="Spam rule" />;
}
