// Blob downloads and plain-text GETs with the signed-in credentials (an <a href> could not send the
// Authorization header), from the session's downloadUrl template.
import type { JmapClient } from './client-types';
import type { TransportError } from './errors';
import { failureFromResponse, send, type FetchLike } from './http';
import { err, ok, type Result } from './result';
import type { Session } from './session';
import { expandTemplate, rebaseOnServer, tryServerEndpoint } from './urls';

export interface DownloadDeps {
  serverUrl: string;
  fetch: FetchLike;
  authorization: () => string;
  getSession: () => Promise<Result<Session, TransportError>>;
  /** Called on a 401 so the app returns to its sign-in screen. */
  unauthorized: () => void;
}

export function createDownloads(deps: DownloadDeps): Pick<JmapClient, 'downloadUrl' | 'openBlob' | 'downloadBlob' | 'getText'> {
  const { getSession, authorization, unauthorized } = deps;
  const fetchImpl = deps.fetch;
  const options = { serverUrl: deps.serverUrl };

  const downloadUrl = async (blobId: string, name: string, type: string) => {
    const session = await getSession();
    if (!session.ok) return session;
    const url = expandTemplate(session.value.wire.downloadUrl, {
      accountId: session.value.accountId,
      blobId,
      name,
      type,
    });
    try {
      return ok(rebaseOnServer(url, options.serverUrl));
    } catch {
      return err({ kind: 'invalidResponse' as const, message: `The download URL "${url}" is not usable` });
    }
  };

  const openBlob: JmapClient['openBlob'] = async (blobId, name, type, openOptions = {}) => {
    const url = await downloadUrl(blobId, name, type);
    if (!url.ok) return url;
    const init: RequestInit = { method: 'GET', headers: { Authorization: authorization() } };
    if (openOptions.signal) init.signal = openOptions.signal;
    const sent = await send(fetchImpl, url.value, init);
    if (!sent.ok) return sent;
    if (sent.value.status !== 200) {
      const failure = await failureFromResponse(sent.value);
      if (failure.kind === 'unauthorized') unauthorized();
      return err(failure);
    }
    return ok(sent.value);
  };

  return {
    downloadUrl,
    openBlob,

    async downloadBlob(blobId, name, type) {
      const opened = await openBlob(blobId, name, type);
      if (!opened.ok) return opened;
      try {
        return ok(await opened.value.blob());
      } catch (cause) {
        return err({ kind: 'network', message: cause instanceof Error ? cause.message : String(cause) });
      }
    },

    async getText(path) {
      const url = tryServerEndpoint(options.serverUrl, path);
      if (!url.ok) return url;
      const sent = await send(fetchImpl, url.value, { method: 'GET', headers: { Authorization: authorization() } });
      if (!sent.ok) return sent;
      if (sent.value.status !== 200) {
        const failure = await failureFromResponse(sent.value);
        if (failure.kind === 'unauthorized') unauthorized();
        return err(failure);
      }
      try {
        return ok(await sent.value.text());
      } catch (cause) {
        return err({ kind: 'network', message: cause instanceof Error ? cause.message : String(cause) });
      }
    },
  };
}
