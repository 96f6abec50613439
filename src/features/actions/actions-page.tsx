// Management › Actions. ?run=<variant> opens a diagnostic variant's own screen, so a reload or a
// shared link keeps it.
import { useSearch } from '@tanstack/react-router';
import { actionVariant } from '../../schema/action';
import { useConnection } from '../../session/connection-context';
import { PageHeader } from '../../ui/page-header';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ActionsOverview } from './actions-overview';
import { BackToActions } from './back-to-actions';
import { diagnosticScreen } from './diagnostic-screens';
import './actions.css';

export default function ActionsPage() {
  const { permissions } = useConnection();
  const run: string | undefined = useSearch({ from: '/management/actions' }).run;
  const screen = diagnosticScreen(run ?? null);
  useDocumentTitle(screen?.title ?? 'Actions');

  if (run === undefined || run === '') return <ActionsOverview />;
  if (!screen) {
    return (
      <>
        <BackToActions />
        <PageHeader title="Unknown action" />
        <p>There is no action screen called “{run}”.</p>
      </>
    );
  }
  const variant = actionVariant(screen.type);
  if (!permissions.has(variant.permission)) {
    return (
      <>
        <BackToActions />
        <PageHeader title={screen.title} />
        <p>Your role does not allow “{variant.label}” (permission {variant.permission}).</p>
      </>
    );
  }
  return <screen.Screen />;
}
