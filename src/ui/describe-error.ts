// Words for anything thrown. Errors from the server arrive as JmapFailure, whose message is already
// a sentence (src/jmap/failure.ts), so the UI needs nothing of the transport.

export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'An unexpected error occurred.';
}
