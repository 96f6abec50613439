// Management › Actions. ?run=ClassifySpam and ?run=TroubleshootDmarc open the two diagnostic
// screens, so a reload or a shared link keeps them.
import { useSearch } from '@tanstack/react-router';
import { useConnection } from '../../session/connection-context';
import { PageHeader } from '../../ui/page-header';
import { useDocumentTitle } from '../../ui/use-document-title';
import { actionPermission, isActionType, variantLabel } from './action-groups';
import { ActionsOverview } from './actions-overview';
import { BackToActions } from './back-to-actions';
import { ClassifySpamScreen } from './classify-spam-screen';
import { DmarcScreen } from './dmarc-screen';
import './actions.css';

const SCREENS = {
  ClassifySpam: { title: 'Classify a message', Screen: ClassifySpamScreen },
  TroubleshootDmarc: { title: 'DMARC troubleshooting', Screen: DmarcScreen },
} as const;

export default function ActionsPage() {
  const { permissions } = useConnection();
  const run: string | undefined = useSearch({ from: '/management/actions' }).run;
  const screen = run === 'ClassifySpam' || run === 'TroubleshootDmarc' ? SCREENS[run] : undefined;
  useDocumentTitle(screen?.title ?? 'Actions');

  if (run === undefined || run === '') return <ActionsOverview />;
  if (!screen || !isActionType(run)) {
    return (
      <>
        <BackToActions />
        <PageHeader title="Unknown action" />
        <p>There is no action screen called “{run}”.</p>
      </>
    );
  }
  if (!permissions.has(actionPermission(run))) {
    return (
      <>
        <BackToActions />
        <PageHeader title={screen.title} />
        <p>Your role does not allow “{variantLabel(run)}” (permission {actionPermission(run)}).</p>
      </>
    );
  }
  return <screen.Screen />;
}
