// A small in-test JMAP server behind a fetch function: it records every request and answers per
// the API spec (session, result references, /get /set /query on in-memory objects), so the
// client's own logic (batching, limits, references, chunking) can be observed. Used only by tests.

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: { using: string[]; methodCalls: Array<[string, Record<string, unknown>, string]> };
}

export interface FakeLimits {
  maxCallsInRequest?: number;
  maxConcurrentRequests?: number;
  maxObjectsInSet?: number;
  maxObjectsInGet?: number;
}

type Obj = Record<string, unknown> & { id: string };
type MethodResult = [string, Record<string, unknown>];

export interface FakeServerOptions {
  limits?: FakeLimits;
  /** Replaces the whole session body (for malformed-session tests). */
  sessionBody?: unknown;
  apiUrl?: string;
  accountId?: string;
  /** Milliseconds each POST takes, so concurrency can be observed. */
  latency?: number;
  /** Server-side cap on /query limit. */
  queryMaxResults?: number;
}

export interface FakeServer {
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  requests: RecordedRequest[];
  /** POST requests to the API only. */
  apiRequests(): RecordedRequest[];
  maxInFlight: number;
  store: Map<string, Map<string, Obj>>;
  /** Answer the next POSTs with this status/body instead of running them. */
  failNext(status: number, body: unknown, headers?: Record<string, string>): void;
  /** Answer the next session GET with this status/body. */
  failSession(status: number, body: unknown): void;
  /** Throw (network failure) on the next POSTs. */
  breakNetwork(times?: number): void;
  /** Per-method override; return undefined to fall through to the default behaviour. */
  override(method: string, fn: (args: Record<string, unknown>) => MethodResult | undefined): void;
  /** Refuse updates/destroys of this id with the given SetError. */
  refuse(type: string, id: string, error: Record<string, unknown>): void;
  seed(type: string, objects: Obj[]): void;
  setSessionState(state: string): void;
}

export function createFakeServer(options: FakeServerOptions = {}): FakeServer {
  const accountId = options.accountId ?? 'acc1';
  const limits = {
    maxSizeUpload: 50_000_000,
    maxConcurrentUpload: 4,
    maxSizeRequest: 10_000_000,
    maxConcurrentRequests: options.limits?.maxConcurrentRequests ?? 4,
    maxCallsInRequest: options.limits?.maxCallsInRequest ?? 16,
    maxObjectsInGet: options.limits?.maxObjectsInGet ?? 500,
    maxObjectsInSet: options.limits?.maxObjectsInSet ?? 500,
    collationAlgorithms: ['i;ascii-casemap'],
  };
  let sessionState = 's1';
  const session = () =>
    options.sessionBody ?? {
      capabilities: { 'urn:ietf:params:jmap:core': limits, 'urn:stalwart:jmap': {} },
      accounts: {
        [accountId]: { name: 'admin', isPersonal: true, isReadOnly: false, accountCapabilities: {} },
      },
      primaryAccounts: { 'urn:ietf:params:jmap:core': accountId, 'urn:stalwart:jmap': accountId },
      username: 'admin',
      apiUrl: options.apiUrl ?? 'https://mail.example.com/jmap/',
      downloadUrl: 'https://mail.example.com/jmap/download/{accountId}/{blobId}/{name}?accept={type}',
      uploadUrl: 'https://mail.example.com/jmap/upload/{accountId}/',
      eventSourceUrl: 'https://mail.example.com/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}',
      state: sessionState,
    };

  const store = new Map<string, Map<string, Obj>>();
  const overrides = new Map<string, (args: Record<string, unknown>) => MethodResult | undefined>();
  const refusals = new Map<string, Record<string, unknown>>();
  const failures: Array<{ status: number; body: unknown; headers: Record<string, string> }> = [];
  const sessionFailures: Array<{ status: number; body: unknown; headers: Record<string, string> }> = [];
  let networkBreaks = 0;
  let inFlight = 0;
  let nextId = 1;

  const server: FakeServer = {
    requests: [],
    apiRequests: () => server.requests.filter((r) => r.method === 'POST'),
    maxInFlight: 0,
    store,
    failNext: (status, body, headers = {}) => failures.push({ status, body, headers }),
    failSession: (status, body) => sessionFailures.push({ status, body, headers: {} }),
    breakNetwork: (times = 1) => {
      networkBreaks += times;
    },
    override: (method, fn) => overrides.set(method, fn),
    refuse: (type, id, error) => refusals.set(`${type}:${id}`, error),
    seed: (type, objects) => {
      const table = objectsOf(type);
      for (const o of objects) table.set(o.id, o);
    },
    setSessionState: (state) => {
      sessionState = state;
    },
    fetch: async (input, init = {}) => {
      const method = init.method ?? 'GET';
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const recorded: RecordedRequest = { method, url: input, headers };
      if (typeof init.body === 'string') recorded.body = JSON.parse(init.body);
      server.requests.push(recorded);

      if (method === 'GET' && input.endsWith('/jmap/session')) {
        if (sessionFailures.length > 0) return problem(sessionFailures.shift()!);
        return json(200, session());
      }
      if (method === 'GET' && input.includes('/jmap/download/')) {
        return new Response('raw message', { status: 200, headers: { 'Content-Type': 'message/rfc822' } });
      }
      if (method === 'GET' && input.endsWith('/api/account')) {
        return json(200, { permissions: ['sysSpamRuleGet'], edition: 'oss', locale: 'en-US' });
      }
      if (method !== 'POST') return json(404, { type: 'about:blank', status: 404, title: 'Not Found' });

      inFlight++;
      server.maxInFlight = Math.max(server.maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, options.latency ?? 1));
        if (networkBreaks > 0) {
          networkBreaks--;
          throw new TypeError('Failed to fetch');
        }
        if (failures.length > 0) return problem(failures.shift()!);
        if (headers['content-type'] !== 'application/json') return json(400, { type: 'urn:ietf:params:jmap:error:notJSON', status: 400 });
        const body = recorded.body!;
        if (body.methodCalls.length > limits.maxCallsInRequest) {
          return json(400, { type: 'urn:ietf:params:jmap:error:limit', status: 400, limit: 'maxCallsInRequest' });
        }
        return json(200, { methodResponses: run(body.methodCalls), sessionState });
      } finally {
        inFlight--;
      }
    },
  };

  function objectsOf(type: string): Map<string, Obj> {
    let table = store.get(type);
    if (!table) store.set(type, (table = new Map()));
    return table;
  }

  function run(calls: Array<[string, Record<string, unknown>, string]>) {
    const responses: Array<[string, Record<string, unknown>, string]> = [];
    const createdIds = new Map<string, string>();
    for (const [name, rawArgs, callId] of calls) {
      const args = resolveReferences(rawArgs, responses, createdIds);
      if ('error' in args) {
        responses.push(['error', args.error as Record<string, unknown>, callId]);
        continue;
      }
      const [resName, resArgs] = overrides.get(name)?.(args) ?? perform(name, args, createdIds);
      responses.push([resName, resArgs, callId]);
    }
    return responses;
  }

  // RFC 8620 §3.7: "#arg" -> evaluate the pointer against an earlier response of this request.
  function resolveReferences(
    args: Record<string, unknown>,
    responses: Array<[string, Record<string, unknown>, string]>,
    createdIds: Map<string, string>,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(args)) {
      if (!key.startsWith('#')) {
        out[key] = value;
        continue;
      }
      const ref = value as { resultOf: string; name: string; path: string };
      const source = responses.find(([n, , id]) => id === ref.resultOf && n === ref.name);
      const evaluated = source ? evaluatePointer(source[1], ref.path) : undefined;
      if (evaluated === undefined) return { error: { type: 'invalidResultReference' } };
      out[key.slice(1)] = key === '#ids' && !Array.isArray(evaluated) ? [evaluated] : evaluated;
    }
    // "#creationId" inside ids (RFC 8620 §5.3).
    // As on a real server, an unknown creation id there is invalidResultReference.
    if (Array.isArray(out.ids)) {
      const unknown = out.ids.some((id: string) => id.startsWith('#') && !createdIds.has(id.slice(1)));
      if (unknown) return { error: { type: 'invalidResultReference' } };
      out.ids = out.ids.map((id: string) => (id.startsWith('#') ? createdIds.get(id.slice(1))! : id));
    }
    return out;
  }

  function perform(name: string, args: Record<string, unknown>, createdIds: Map<string, string>): MethodResult {
    if (args.accountId !== accountId && !name.startsWith('Core/')) return ['error', { type: 'accountNotFound' }];
    if (name === 'Core/echo') return ['Core/echo', args];
    const [type, op] = name.split('/') as [string, string];
    const table = objectsOf(type);
    if (op === 'get') {
      const ids = (args.ids as string[] | null | undefined) ?? [...table.keys()];
      const properties = args.properties as string[] | null | undefined;
      const list = ids.filter((id) => table.has(id)).map((id) => pick(table.get(id)!, properties));
      return [name, { accountId, state: null, list, notFound: ids.filter((id) => !table.has(id)) }];
    }
    if (op === 'query') {
      const filter = (args.filter ?? {}) as Record<string, unknown>;
      if ('operator' in filter) return ['error', { type: 'unsupportedFilter', description: 'Only AND is supported in filters' }];
      let ids = [...table.values()]
        .filter((o) => Object.entries(filter).every(([k, v]) => String(o[k] ?? '').includes(String(v))))
        .map((o) => o.id);
      const total = ids.length;
      const position = (args.position as number | undefined) ?? 0;
      const requested = (args.limit as number | undefined) ?? total;
      const cap = options.queryMaxResults ?? Infinity;
      const limit = Math.min(requested, cap);
      ids = ids.slice(position, position + limit);
      const response: Record<string, unknown> = { accountId, queryState: 'q', canCalculateChanges: false, position, ids };
      if (args.calculateTotal) response.total = total;
      if (requested > cap) response.limit = cap;
      return [name, response];
    }
    if (op === 'set') {
      const response: Record<string, unknown> = { accountId, oldState: null, newState: null };
      const create = (args.create ?? {}) as Record<string, Record<string, unknown>>;
      const update = (args.update ?? {}) as Record<string, Record<string, unknown>>;
      const destroy = (args.destroy ?? []) as string[];
      if (Object.keys(update).length + destroy.length + Object.keys(create).length > limits.maxObjectsInSet) {
        return ['error', { type: 'requestTooLarge' }];
      }
      for (const [cid, value] of Object.entries(create)) {
        const id = `n${nextId++}`;
        table.set(id, { ...value, id });
        createdIds.set(cid, id);
        ((response.created ??= {}) as Record<string, unknown>)[cid] = { id };
      }
      for (const [id, patch] of Object.entries(update)) {
        const refused = refusals.get(`${type}:${id}`);
        if (refused || !table.has(id)) {
          ((response.notUpdated ??= {}) as Record<string, unknown>)[id] = refused ?? { type: 'notFound' };
          continue;
        }
        table.set(id, { ...table.get(id)!, ...patch, id });
        ((response.updated ??= {}) as Record<string, unknown>)[id] = null;
      }
      for (const id of destroy) {
        const refused = refusals.get(`${type}:${id}`);
        if (refused || !table.has(id)) {
          ((response.notDestroyed ??= {}) as Record<string, unknown>)[id] = refused ?? { type: 'notFound' };
          continue;
        }
        table.delete(id);
        ((response.destroyed ??= []) as string[]).push(id);
      }
      return [name, response];
    }
    return ['error', { type: 'unknownMethod' }];
  }

  return server;
}

function pick(o: Obj, properties: string[] | null | undefined): Obj {
  if (!properties) return o;
  const out: Obj = { id: o.id };
  for (const p of properties) if (p in o) out[p] = o[p];
  return out;
}

// JSON pointer with the JMAP "*" extension: map over an array and flatten.
function evaluatePointer(value: unknown, path: string): unknown {
  const segments = path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = value;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === '*') {
      if (!Array.isArray(current)) return undefined;
      const rest = `/${segments.slice(i + 1).join('/')}`;
      return current.flatMap((item) => {
        const v = rest === '/' ? item : evaluatePointer(item, rest);
        return Array.isArray(v) ? v : [v];
      });
    }
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status === 200 ? 'application/json' : 'application/problem+json', ...headers },
  });
}

function problem(f: { status: number; body: unknown; headers: Record<string, string> }): Response {
  return json(f.status, f.body, f.headers);
}
