// Writing JSON, problem details and the 401 challenge.
import type { ServerResponse } from 'node:http';
import type { Problem } from '../jmap/request-errors';
import { unauthorized } from '../jmap/request-errors';

// JSON is data, never a document: nothing in it may load or be framed.
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': payload.length,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': JSON_CSP,
    ...headers,
  });
  res.end(payload);
}

export function sendProblem(res: ServerResponse, problem: Problem, headers: Record<string, string | string[]> = {}): void {
  const payload = Buffer.from(JSON.stringify(problem));
  res.writeHead(problem.status, {
    'Content-Type': 'application/problem+json',
    'Content-Length': payload.length,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': JSON_CSP,
    ...headers,
  });
  res.end(payload);
}

/** 401 with both challenges, exactly as Stalwart sends them. */
export function sendUnauthorized(res: ServerResponse): void {
  sendProblem(res, unauthorized(), {
    'WWW-Authenticate': ['Bearer realm="Stalwart Server", resource_metadata="/.well-known/oauth-protected-resource"', 'Basic realm="Stalwart Server"'],
  });
}
