// The raw message (RFC 5322 source) as plain text in a <pre> (never rendered as HTML), and a
// download of the exact bytes as an .eml file.

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeJmapError } from '../../jmap/describe-jmap-error';
import { useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { Loading } from '../../ui/spinner';
import { emlFileName, rawMessageOptions } from './queue-queries';

// Browsers struggle with multi-megabyte <pre> blocks; the download has the whole message.
const SHOWN_CHARACTERS = 512 * 1024;

export function RawMessagePanel({ id, blobId }: { id: string; blobId: string }) {
  const { client, accountId } = useConnection();
  const [shown, setShown] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const raw = useQuery({ ...rawMessageOptions({ client, accountId }, id, blobId), enabled: shown });

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    const result = await client.downloadBlob(blobId, emlFileName(id), 'message/rfc822');
    setDownloading(false);
    if (!result.ok) {
      setDownloadError(describeJmapError(result.error));
      return;
    }
    const url = URL.createObjectURL(result.value);
    const link = document.createElement('a');
    link.href = url;
    link.download = emlFileName(id);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section className="queue-section" aria-labelledby="raw-message-heading">
      <h2 id="raw-message-heading">Message content</h2>
      <div className="queue-actions">
        <Button aria-expanded={shown} onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide raw message' : 'Show raw message'}
        </Button>
        <Button onClick={() => void download()} disabled={downloading}>
          Download .eml
        </Button>
      </div>
      {downloadError && (
        <p role="alert" className="queue-filters__error">
          Download failed: {downloadError}
        </p>
      )}
      {shown && raw.isPending && <Loading label="Loading the message…" />}
      {shown && raw.isError && <ErrorBanner title="Could not load the message" error={raw.error} />}
      {shown && raw.data !== undefined && (
        <>
          {raw.data.length > SHOWN_CHARACTERS && (
            <p className="queue-note">
              Showing the first {SHOWN_CHARACTERS / 1024} KB; download the .eml for the whole message.
            </p>
          )}
          <pre className="raw-message" tabIndex={0} role="region" aria-label="Raw message source">
            {raw.data.slice(0, SHOWN_CHARACTERS)}
          </pre>
        </>
      )}
    </section>
  );
}
