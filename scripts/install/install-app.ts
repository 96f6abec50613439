// The installer's steps: find the x:Application serving the prefix (or create it), point it at
// the bundle, run UpdateApps, then check that the server serves the bundle under the prefix.
import { InstallError, JmapConnection } from './jmap-calls';
import type { InstallOptions } from './options';

interface Application {
  id: string;
  resourceUrl?: string;
  enabled?: boolean;
  urlPrefix?: Record<string, boolean>;
}

const trimSlashes = (prefix: string) => prefix.replace(/^\/+|\/+$/g, '');

function setFailure(result: Record<string, any>, key: string, bucket: 'notCreated' | 'notUpdated'): string | null {
  const error = result[bucket]?.[key];
  if (!error) return null;
  const properties = Array.isArray(error.properties) && error.properties.length ? ` [${error.properties.join(', ')}]` : '';
  return `${error.type}${properties}: ${error.description ?? ''}`.trim();
}

export async function installApp(options: InstallOptions, say: (line: string) => void): Promise<void> {
  const jmap = await JmapConnection.open(options.server, options.authorization);
  const { ids } = await jmap.call('x:Application/query', {});
  const { list } = await jmap.call('x:Application/get', { ids });
  const wanted = trimSlashes(options.prefix);
  const existing = (list as Application[]).find((app) => Object.keys(app.urlPrefix ?? {}).some((p) => trimSlashes(p) === wanted));

  if (existing) {
    // Only what differs is sent.
    const patch: Record<string, unknown> = {};
    if (existing.resourceUrl !== options.resourceUrl) patch.resourceUrl = options.resourceUrl;
    if (existing.enabled === false) patch.enabled = true;
    if (Object.keys(patch).length > 0) {
      const result = await jmap.call('x:Application/set', { update: { [existing.id]: patch } });
      const failure = setFailure(result, existing.id, 'notUpdated');
      if (failure) throw new InstallError(`Updating application ${existing.id} failed: ${failure}`);
    }
    say(`Application ${existing.id} serves ${options.prefix}; its bundle is ${options.resourceUrl}.`);
  } else {
    const result = await jmap.call('x:Application/set', {
      create: { app: { description: options.description, resourceUrl: options.resourceUrl, urlPrefix: { [options.prefix]: true }, enabled: true } },
    });
    const failure = setFailure(result, 'app', 'notCreated');
    if (failure) throw new InstallError(`Creating the application failed: ${failure}`);
    say(`Created application ${result.created.app.id} at ${options.prefix} from ${options.resourceUrl}.`);
  }

  say('Warning: UpdateApps makes the server fetch and unpack every application again, the official WebUI included.');
  const action = await jmap.call('x:Action/set', { create: { update: { '@type': 'UpdateApps' } } });
  const failure = setFailure(action, 'update', 'notCreated');
  if (failure) throw new InstallError(`UpdateApps failed: ${failure}`);

  // The server logs a bundle it cannot fetch or unpack and answers the action anyway: look.
  const page = await fetch(`${options.server}${options.prefix}/`).catch(() => null);
  const html = page?.ok ? await page.text() : '';
  if (!html.includes(`<base href="${options.prefix}/"`)) {
    throw new InstallError(
      `UpdateApps ran, but ${options.server}${options.prefix}/ does not serve the bundle (HTTP ${page?.status ?? 'unreachable'}). ` +
        `Check the server log: it must be able to read ${options.resourceUrl}` +
        (options.resourceUrl.startsWith('file://') ? ' on its own disk (--file works only when the file is on the server host).' : '.'),
    );
  }
  say(`Installed: open ${options.server}${options.prefix}/`);
}
