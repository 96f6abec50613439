// Test support: the JMAP client against an in-memory sandbox over real HTTP. The fetch the client
// gets only records what is sent (and may add latency); `answerNext` replaces one answer for the
// few cases a sandbox cannot produce (a dropped connection, a rate limit, a malformed body), and
// each test that uses it says why.
import { afterAll } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../../../server/http/test-harness';
import type { SandboxOptions } from '../../../server/sandbox';
import { createJmapClient, type JmapClient } from '../client';
import type { Credentials } from '../credentials';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: { using: string[]; methodCalls: Array<[string, Record<string, any>, string]> };
}

type Answer = (url: string, init: RequestInit) => Promise<Response | undefined> | Response | undefined;

export interface ClientSandbox {
  sandbox: TestSandbox;
  readonly requests: RecordedRequest[];
  /** POSTs to the JMAP API only. */
  apiRequests(): RecordedRequest[];
  /** Most requests seen on the wire at once. */
  readonly maxInFlight: number;
  client(options?: { user?: string; credentials?: () => Credentials; serverUrl?: string; onUnauthorized?: () => void }): JmapClient;
  /** The next request for which `answer` returns a Response gets it instead of going to the sandbox. */
  answerNext(answer: Answer): void;
  /** Forget recorded requests and pending answers (between tests sharing a sandbox). */
  reset(): void;
}

export interface ClientSandboxOptions extends SandboxOptions {
  /** Milliseconds added to every request, so concurrency can be observed. */
  latencyMs?: number;
}

/** Starts a sandbox for the calling test file, stopped after its tests. */
export async function startClientSandbox(options: ClientSandboxOptions = {}): Promise<ClientSandbox> {
  const { latencyMs = 0, ...sandboxOptions } = options;
  const sandbox = await startTestSandbox(sandboxOptions);
  afterAll(() => sandbox.close());
  let requests: RecordedRequest[] = [];
  let answers: Answer[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const fetchAndRecord = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const recorded: RecordedRequest = { method: init.method ?? 'GET', url: input, headers };
    if (typeof init.body === 'string') recorded.body = JSON.parse(init.body);
    requests.push(recorded);
    for (const [index, answer] of answers.entries()) {
      const replaced = await answer(input, init);
      if (replaced) {
        answers.splice(index, 1);
        return replaced;
      }
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  };

  return {
    sandbox,
    get requests() {
      return requests;
    },
    apiRequests: () => requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/jmap/'),
    get maxInFlight() {
      return maxInFlight;
    },
    client: ({ user = 'admin', credentials, serverUrl = sandbox.url, onUnauthorized } = {}) =>
      createJmapClient({
        serverUrl,
        credentials: credentials ?? { kind: 'basic', username: user, password: user },
        fetch: fetchAndRecord,
        ...(onUnauthorized ? { onUnauthorized } : {}),
      }),
    answerNext: (answer) => void answers.push(answer),
    reset: () => {
      requests = [];
      answers = [];
      maxInFlight = 0;
    },
  };
}

export const isApiPost = (url: string, init: RequestInit) => init.method === 'POST' && new URL(url).pathname === '/jmap/';
export const isSessionGet = (url: string) => new URL(url).pathname === '/jmap/session';

/**
 * An answer for `answerNext`: the sandbox's own answer to the next API request, with its method
 * responses changed by `change` (for answers a real server would not give but a client must survive).
 */
export function rewriteNextApiAnswer(change: (responses: Array<[string, Record<string, any>, string]>) => Array<[string, Record<string, any>, string]>): Answer {
  return async (url, init) => {
    if (!isApiPost(url, init)) return undefined;
    const real = await (await fetch(url, init)).json();
    return jsonResponse(200, { ...real, methodResponses: change(real.methodResponses) });
  };
}

/** A JSON response as a server would send it. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status === 200 ? 'application/json' : 'application/problem+json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}
