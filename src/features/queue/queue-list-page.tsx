import { PageHeader } from '../../ui/page-header';

export default function QueueListPage() {
  return <PageHeader title="Queued messages" />;
}
