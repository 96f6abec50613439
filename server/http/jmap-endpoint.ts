// POST /jmap/: the JMAP API endpoint (RFC 8620 §3), with the request-level limits.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthUser } from '../jmap/method-types';
import { parseRequest } from '../jmap/parse-request';
import { checkRequest, processRequest } from '../jmap/process-request';
import { internalError, limitExceeded, notJson, notRequest } from '../jmap/request-errors';
import { exceedsJsonNesting, MAX_JSON_NESTING } from './json-depth';
import { discardRestAndClose, readBody, requestTimeout } from './read-body';
import { sendJson, sendProblem } from './respond';
import type { SandboxCore } from './sandbox-core';
import { sessionState } from './session';

export async function handleJmapPost(req: IncomingMessage, res: ServerResponse, core: SandboxCore, user: AuthUser): Promise<void> {
  const running = core.inFlight.get(user.username) ?? 0;
  if (running >= core.limits.maxConcurrentRequests) {
    sendProblem(res, limitExceeded('maxConcurrentRequests', `At most ${core.limits.maxConcurrentRequests} concurrent requests are allowed.`));
    return;
  }
  core.inFlight.set(user.username, running + 1);
  try {
    await handle(req, res, core, user);
  } finally {
    const left = (core.inFlight.get(user.username) ?? 1) - 1;
    if (left > 0) core.inFlight.set(user.username, left);
    else core.inFlight.delete(user.username);
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, core: SandboxCore, user: AuthUser): Promise<void> {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const body = await readBody(req, core.limits.maxSizeRequest, core.requestBodyTimeoutMs);
  if (!body.ok) {
    if (body.reason === 'timeout') {
      sendProblem(res, requestTimeout(), { Connection: 'close' });
      res.on('finish', () => req.socket.destroy());
    } else if (body.reason === 'tooLarge') {
      sendProblem(res, limitExceeded('maxSizeRequest', `The request is larger than ${core.limits.maxSizeRequest} bytes.`), { Connection: 'close' });
      discardRestAndClose(req);
    }
    return;
  }
  if (contentType !== 'application/json') {
    sendProblem(res, notJson('The request content type must be application/json.'));
    return;
  }
  const text = body.body.toString('utf8');
  if (exceedsJsonNesting(text)) {
    sendProblem(res, notRequest(`The request is nested deeper than ${MAX_JSON_NESTING} levels (recursion limit exceeded).`));
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    sendProblem(res, notJson('The request body is not valid JSON.'));
    return;
  }
  const request = parseRequest(parsed);
  if (!request.ok) {
    sendProblem(res, request.problem);
    return;
  }
  const problem = checkRequest(request.request, core.limits);
  if (problem) {
    sendProblem(res, problem);
    return;
  }
  try {
    // The transaction commits inside processRequest, before a byte of the answer is written.
    const response = await core.lock.run(() =>
      processRequest(request.request, { db: core.db, limits: core.limits, user, sessionState: sessionState(user), builtins: core.builtins, log: core.log }),
    );
    sendJson(res, 200, response);
  } catch (err) {
    core.log(`JMAP request failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    sendProblem(res, internalError());
  }
}
