// Command line and environment of `npm run install-app`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const USAGE = `Usage: npm run install-app -- --server URL --prefix /postmaster (--file PATH | --url URL) [options]

Installs the console bundle (npm run package) into a Stalwart 0.16 server as a web application:
creates or updates the x:Application at the prefix, then runs the UpdateApps action, which makes
the server fetch and unpack EVERY application again (the official WebUI included).

  --server URL        the server's base URL (default: $STALWART_URL)
  --prefix /NAME      one path segment to serve the console under, e.g. /postmaster
  --file PATH         a bundle on the SERVER's disk, sent as a file:// URL: the server reads it
                      itself, so this works only when the file is on the server host
  --url URL           an https:// (or http://) URL the server downloads the bundle from
  --description TEXT  the application's description (default "Postmaster")
  --help              show this text

Credentials, from the environment:
  STALWART_TOKEN                        an API key (sent as Bearer), or
  STALWART_USER and STALWART_PASSWORD   a password (Basic) for an account without two-factor
                                        authentication, or an app password
The account needs the sysApplication* permissions and actionUpdateApps.
`;

/** First path segments the server routes itself: an application there is never served. */
const RESERVED = ['jmap', 'dav', '.well-known', 'auth', 'api', 'mail', 'calendar', 'autodiscover', 'robots.txt', 'healthz', 'metrics', 'logo', 'form', 'login', 'device'];

export interface InstallOptions {
  server: string;
  prefix: string;
  resourceUrl: string;
  description: string;
  authorization: string;
}

export type ParsedInstall = { help: true } | { help: false; options: InstallOptions };

export function parseInstallArgs(argv: readonly string[], env: Record<string, string | undefined>, cwd: string): ParsedInstall {
  const given: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return { help: true };
    if (!['--server', '--prefix', '--file', '--url', '--description'].includes(flag)) throw new Error(`Unknown option ${flag}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    given[flag.slice(2)] = value;
  }
  const server = (given.server ?? env.STALWART_URL ?? '').replace(/\/+$/, '');
  if (!server) throw new Error('--server (or STALWART_URL) is required');
  if (!/^https?:\/\/[^/]+$/.test(server)) throw new Error(`--server must be a base URL such as https://mail.example.org, not ${server}`);
  const prefix = given.prefix;
  if (!prefix) throw new Error('--prefix is required, e.g. --prefix /postmaster');
  if (!/^\/[A-Za-z0-9._~-]+$/.test(prefix)) throw new Error(`--prefix must be one path segment such as /postmaster, not ${prefix}`);
  if (RESERVED.includes(prefix.slice(1).toLowerCase())) throw new Error(`--prefix ${prefix} belongs to the server itself; choose another one`);
  if ((given.file === undefined) === (given.url === undefined)) throw new Error('Give exactly one of --file PATH and --url URL');
  let resourceUrl: string;
  if (given.file !== undefined) resourceUrl = pathToFileURL(resolve(cwd, given.file)).href;
  else {
    if (!/^https?:\/\//.test(given.url)) throw new Error(`--url must be an https:// or http:// URL, not ${given.url}`);
    resourceUrl = given.url;
  }
  let authorization: string;
  if (env.STALWART_TOKEN) authorization = `Bearer ${env.STALWART_TOKEN}`;
  else if (env.STALWART_USER && env.STALWART_PASSWORD) authorization = `Basic ${Buffer.from(`${env.STALWART_USER}:${env.STALWART_PASSWORD}`).toString('base64')}`;
  else throw new Error('Set STALWART_TOKEN (an API key), or STALWART_USER and STALWART_PASSWORD');
  return { help: false, options: { server, prefix, resourceUrl, description: given.description ?? 'Postmaster', authorization } };
}
