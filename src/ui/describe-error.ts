import { describeJmapError, type JmapError } from '../jmap/errors';

const KINDS = new Set(['request', 'method', 'network', 'unauthorized', 'invalidResponse']);

function isJmapError(value: unknown): value is JmapError {
  return typeof value === 'object' && value !== null && KINDS.has((value as { kind?: unknown }).kind as string);
}

/** The typed client error in anything thrown: the error itself, or wrapped as `error` or `cause`. */
export function toJmapError(error: unknown): JmapError | undefined {
  if (isJmapError(error)) return error;
  if (typeof error === 'object' && error !== null) {
    for (const key of ['error', 'cause'] as const) {
      const inner = (error as Record<string, unknown>)[key];
      if (isJmapError(inner)) return inner;
    }
  }
  return undefined;
}

/** Words for any failure: a typed client error as the client words it, else the error's message. */
export function describeError(error: unknown): string {
  const jmap = toJmapError(error);
  if (jmap) return describeJmapError(jmap);
  if (error instanceof Error && error.message) return error.message;
  return 'An unexpected error occurred.';
}
