import { PageHeader } from '../../ui/page-header';

export default function MilterEditPage() {
  return <PageHeader title="Milter" />;
}
