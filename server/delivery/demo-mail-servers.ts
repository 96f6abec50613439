// Starts the loopback test mail servers of the demo zone (smtp-server, with STARTTLS from the
// demo certificate authority) and the HTTPS host of the MTA-STS policy, all on one port.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { createGreylist, DEMO_MAIL_HOSTS, DEMO_POLICY_HOST, rejectUnknownUser, type DemoMailHost } from './demo-mail-hosts';

export interface DemoMailServerOptions {
  /** 0 picks a free port (the same for every host). */
  port: number;
  /** Greylisting window of the greylisting host. Default 300 s. */
  greylistSeconds?: number;
  tlsDir: string;
  log: (message: string) => void;
}

export interface RunningMailServers {
  port: number;
  /** PEM of the demo CA, to be trusted by the probe. */
  ca: string;
  close(): Promise<void>;
}

type Closable = { close(callback: () => void): void };

export async function startDemoMailServers(options: DemoMailServerOptions): Promise<RunningMailServers> {
  const tls = { key: readFileSync(join(options.tlsDir, 'demo-mx-key.pem')), cert: readFileSync(join(options.tlsDir, 'demo-mx.pem')) };
  const ca = readFileSync(join(options.tlsDir, 'demo-ca.pem'), 'utf8');
  // With port 0 the first host picks the port; another process may hold it on a later address, so retry.
  for (let attempt = 0; ; attempt++) {
    const started: Closable[] = [];
    try {
      let port = options.port;
      for (const host of DEMO_MAIL_HOSTS) {
        const server = mailServer(host, tls, options.greylistSeconds ?? 300);
        port = await listen(server, port, host.ip);
        started.push(server);
      }
      const https = policyServer(tls);
      await listen(https, port, DEMO_POLICY_HOST.ip);
      started.push(https);
      return { port, ca, close: () => closeAll(started) };
    } catch (error) {
      await closeAll(started);
      if (options.port !== 0 || attempt >= 4) throw error;
    }
  }
}

function mailServer(host: DemoMailHost, tls: { key: Buffer; cert: Buffer }, greylistSeconds: number): SMTPServer {
  const greylist = createGreylist(greylistSeconds);
  return new SMTPServer({
    name: host.hostname,
    banner: 'ESMTP ready',
    ...tls,
    authOptional: true,
    disabledCommands: ['AUTH'],
    logger: false,
    closeTimeout: 200,
    onConnect(_session, callback) {
      // A tarpit accepts the connection and never greets; the client gives up after its timeout.
      if (host.behaviour !== 'tarpit') callback();
    },
    onRcptTo(address, session, callback) {
      if (host.behaviour === 'greylist') callback(greylist(address, session));
      else if (host.behaviour === 'rejectUnknown') callback(rejectUnknownUser(address));
      else callback();
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
}

function policyServer(tls: { key: Buffer; cert: Buffer }): HttpsServer {
  return createHttpsServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const policy = (DEMO_POLICY_HOST.policies as Record<string, string>)[host];
    if (req.url !== '/.well-known/mta-sts.txt' || policy === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(policy);
  });
}

function listen(server: SMTPServer | HttpsServer, port: number, ip: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const net = server instanceof SMTPServer ? server.server : server;
    const onError = (error: Error) => reject(error);
    net.once('error', onError);
    server.listen(port, ip, () => {
      net.off('error', onError);
      resolve((net.address() as AddressInfo).port);
    });
  });
}

function closeAll(servers: Closable[]): Promise<void> {
  return Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.close(() => resolve());
          if (!(s instanceof SMTPServer)) (s as HttpsServer).closeAllConnections();
        }),
    ),
  ).then(() => undefined);
}
