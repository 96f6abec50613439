import { PageHeader } from '../../ui/page-header';

export default function ActionsPage() {
  return <PageHeader title="Actions" />;
}
