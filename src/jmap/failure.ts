// The one error the console throws for anything the server did not do: queries and mutations throw
// it (TanStack Query's default error type, registered in src/objects/default-error.ts), and
// `unwrap` turns a client Result into its value or this error. Its message is already a sentence.
import { describeJmapError } from './describe-jmap-error';
import { isJmapError, type JmapError, type SetError } from './errors';
import type { Result } from './result';

/** A /set that the server answered, refusing this object. */
export interface RefusedChange {
  kind: 'refused';
  setError: SetError;
}

export type FailureCause = JmapError | RefusedChange;

export class JmapFailure extends Error {
  readonly error: FailureCause;

  /** `message` words the failure where the caller knows better (a refusal worded per object). */
  constructor(error: FailureCause, message?: string) {
    super(message ?? (error.kind === 'refused' ? refusedText(error.setError) : describeJmapError(error)));
    this.name = 'JmapFailure';
    this.error = error;
  }

  /** The transport or method error, when that is what failed (not a refusal of one object). */
  get jmapError(): JmapError | undefined {
    return this.error.kind === 'refused' ? undefined : this.error;
  }
}

/** The value, or a JmapFailure thrown for the error. */
export function unwrap<T>(result: Result<T, JmapError>): T {
  if (!result.ok) throw new JmapFailure(result.error);
  return result.value;
}

/** The typed client error in anything thrown: a JmapFailure, or an error thrown as is. */
export function jmapErrorOf(thrown: unknown): JmapError | undefined {
  if (thrown instanceof JmapFailure) return thrown.jmapError;
  return isJmapError(thrown) ? thrown : undefined;
}

function refusedText(error: SetError): string {
  const detail = error.description?.trim();
  return detail ? detail : `The server refused the change (${error.type}).`;
}
