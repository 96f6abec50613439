// Settings › Spam Filter › General: the x:SpamSettings singleton.
import { useQuery } from '@tanstack/react-query';
import { useCan, useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/spinner';
import { SpamSettingsForm } from './spam-settings-form';
import { spamSettingsQuery } from './spam-settings-queries';
import './spam-settings.css';

const SUBTITLE =
  'Configure global spam filter behaviour, including spam/discard/reject score thresholds, greylisting, contact and reply trust overrides, and the URL used to fetch shared filter rules';

export default function SpamSettingsPage() {
  const { client, accountId } = useConnection();
  const canUpdate = useCan('sysSpamSettingsUpdate');
  const query = useQuery(spamSettingsQuery(client, accountId));

  return (
    <>
      <PageHeader title="Spam Filter" subtitle={canUpdate ? SUBTITLE : `${SUBTITLE}. You can view these settings but not change them.`} />
      {/* Wait for the first answer after opening: the loaded state is what the next save is checked against. */}
      {query.isPending || (query.isFetching && !query.isFetchedAfterMount) ? (
        <Loading label="Loading the spam filter settings…" />
      ) : query.isError ? (
        <ErrorBanner
          title="Cannot load the spam filter settings"
          error={query.error}
          action={
            <Button size="small" onClick={() => void query.refetch()}>
              Try again
            </Button>
          }
        />
      ) : (
        <SpamSettingsForm loaded={query.data} readOnly={!canUpdate} />
      )}
    </>
  );
}
