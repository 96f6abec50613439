// GET /api/token/delivery and GET /api/live/delivery/{domain or address}, as Stalwart 0.16 answers them:
// a 60-second text token for `liveDeliveryTest`, then a text/event-stream of probe stages ending with `completed`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthUser } from '../jmap/method-types';
import { notFound } from '../jmap/request-errors';
import { sendProblem, sendUnauthorized } from '../http/respond';
import type { SandboxCore } from '../http/sandbox-core';
import { runDeliveryProbe } from './delivery-probe';
import type { DeliveryService } from './delivery-service';
import { stageFrame } from './delivery-stage';

export const LIVE_DELIVERY_PERMISSION = 'liveDeliveryTest';

const forbidden = () => ({
  type: 'about:blank',
  status: 403,
  title: 'Forbidden',
  detail: 'You do not have enough permissions to access this resource.',
});

export function handleDeliveryToken(res: ServerResponse, service: DeliveryService | undefined, user: AuthUser): void {
  if (!service) return sendProblem(res, notFound());
  if (!user.permissions.has(LIVE_DELIVERY_PERMISSION)) return sendProblem(res, forbidden());
  const token = Buffer.from(service.tokens.issue(user.username));
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': token.length, 'Cache-Control': 'no-store' });
  res.end(token);
}

export async function handleLiveDelivery(req: IncomingMessage, res: ServerResponse, core: SandboxCore, url: URL): Promise<void> {
  const service = core.delivery;
  const encodedTarget = url.pathname.slice('/api/live/delivery/'.length);
  if (!service || encodedTarget === '' || encodedTarget.includes('/')) return sendProblem(res, notFound());

  // A `token` grants exactly this permission; without one the request authenticates like any other.
  const token = url.searchParams.get('token');
  if (token !== null) {
    if (service.tokens.validate(token) === null) return sendUnauthorized(res);
  } else {
    const user = await core.authenticator.authenticate(req.headers.authorization);
    if (!user) return sendUnauthorized(res);
    if (!user.permissions.has(LIVE_DELIVERY_PERMISSION)) return sendProblem(res, forbidden());
  }

  let target: string;
  try {
    target = decodeURIComponent(encodedTarget).toLowerCase();
  } catch {
    return sendProblem(res, notFound());
  }
  const requested = Number(url.searchParams.get('timeout'));
  const seconds = Number.isInteger(requested) && requested >= 1 ? requested : service.defaultTimeoutSeconds;

  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
  res.flushHeaders();
  const aborter = new AbortController();
  res.on('close', () => aborter.abort());
  const write = (frame: string) => {
    if (!res.writableEnded && !res.destroyed) res.write(frame);
  };
  try {
    await runDeliveryProbe(target, seconds * 1000, service.probe, (stage) => write(stageFrame(stage)), aborter.signal);
  } catch (error) {
    core.log(`Live delivery probe failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  write(stageFrame({ type: 'completed' }));
  res.end();
}
