import { PageHeader } from '../../ui/page-header';

export default function SpamSettingsPage() {
  return <PageHeader title="Spam filter settings" />;
}
