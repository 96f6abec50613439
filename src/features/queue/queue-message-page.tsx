import { PageHeader } from '../../ui/page-header';

export default function QueueMessagePage() {
  return <PageHeader title="Queued message" />;
}
