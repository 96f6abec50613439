import { PageHeader } from '../../ui/page-header';

export default function MilterListPage() {
  return <PageHeader title="Milters" />;
}
