// Builds a group of calls that travel in one HTTP request, where later calls can use earlier
// results (RFC 8620 §3.7 result references), e.g. /query then /get through "#ids".

import type { ArgsOf, MethodName, ResponseFor } from './methods';

/** A pointer into the result of an earlier call of the same request. */
export class ResultRef {
  constructor(
    readonly owner: object,
    readonly callIndex: number,
    readonly method: string,
    readonly path: string,
  ) {}
}

/** Any top-level argument may be given as a result reference instead of a value. */
export type RefArgs<A> = { [K in keyof A]: A[K] | ResultRef };

export interface CallHandle<M extends MethodName = MethodName, R = unknown> {
  readonly method: M;
  readonly index: number;
  /** A JSON pointer into this call's result, e.g. "/ids" or "/list/*\/id". */
  ref(path: string): ResultRef;
  /** The id the server gave the object created as `creationId` by this /set call. */
  createdId(creationId: string): ResultRef;
  /** Type-level only: the response this call resolves to. */
  readonly responseType?: R;
}

export interface RequestBuilder {
  call<M extends MethodName, const A extends RefArgs<ArgsOf<M>>>(
    method: M,
    args: A,
  ): CallHandle<M, ResponseFor<M, A>>;
  /**
   * "#creationId": refers to an object created earlier in the same request wherever an id is
   * expected (RFC 8620 §5.3).
   */
  creationRef(creationId: string): string;
}

export interface PlannedCall {
  method: string;
  /** Arguments as given; ResultRef values are encoded when the request is written. */
  args: Record<string, unknown>;
}

export type HandleMap = Record<string, CallHandle<MethodName, unknown>>;
export type ResponsesOf<H extends HandleMap> = {
  [K in keyof H]: H[K] extends CallHandle<MethodName, infer R> ? R : never;
};

export function planRequest<H extends HandleMap>(build: (b: RequestBuilder) => H): {
  calls: PlannedCall[];
  handles: H;
} {
  const owner = {};
  const calls: PlannedCall[] = [];
  const builder: RequestBuilder = {
    call(method, args) {
      for (const value of Object.values(args as Record<string, unknown>)) {
        if (value instanceof ResultRef && (value.owner !== owner || value.callIndex >= calls.length)) {
          // A programming mistake, not a runtime condition: fail loudly where it is made.
          throw new Error(`Result reference to ${value.method} does not belong to this request`);
        }
      }
      const index = calls.length;
      calls.push({ method, args: args as Record<string, unknown> });
      return {
        method,
        index,
        ref: (path: string) => new ResultRef(owner, index, method, path),
        createdId: (creationId: string) =>
          new ResultRef(owner, index, method, `/created/${escapePointer(creationId)}/id`),
      };
    },
    creationRef: (creationId) => `#${creationId}`,
  };
  const handles = build(builder);
  return { calls, handles };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
