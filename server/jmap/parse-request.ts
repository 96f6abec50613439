// Shape check of a JMAP Request object (RFC 8620 §3.3); failures are notRequest problems.
import type { JsonObject } from './method-types';
import { keyRecord } from '../objects/own-keys';
import { notRequest, type Problem } from './request-errors';

export interface JmapRequest {
  using: string[];
  methodCalls: [string, JsonObject, string][];
  createdIds: Record<string, string> | null;
}

const isPlainObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export function parseRequest(body: unknown): { ok: true; request: JmapRequest } | { ok: false; problem: Problem } {
  if (!isPlainObject(body)) return { ok: false, problem: notRequest('The request body must be a JSON object.') };
  const { using, methodCalls, createdIds } = body;
  if (!Array.isArray(using) || !using.every((u) => typeof u === 'string')) {
    return { ok: false, problem: notRequest('"using" must be an array of capability strings.') };
  }
  if (!Array.isArray(methodCalls)) return { ok: false, problem: notRequest('"methodCalls" must be an array.') };
  for (const [i, call] of methodCalls.entries()) {
    if (!Array.isArray(call) || call.length !== 3 || typeof call[0] !== 'string' || !isPlainObject(call[1]) || typeof call[2] !== 'string') {
      return { ok: false, problem: notRequest(`methodCalls[${i}] must be [name: string, arguments: object, callId: string].`) };
    }
  }
  let ids: Record<string, string> | null = null;
  if (createdIds !== undefined) {
    if (!isPlainObject(createdIds) || !Object.values(createdIds).every((v) => typeof v === 'string')) {
      return { ok: false, problem: notRequest('"createdIds" must be an object mapping creation ids to ids.') };
    }
    ids = Object.assign(keyRecord<string>(), createdIds as Record<string, string>);
  }
  return { ok: true, request: { using: using as string[], methodCalls: methodCalls as [string, JsonObject, string][], createdIds: ids } };
}
