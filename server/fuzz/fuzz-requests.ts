// Malformed and hostile HTTP requests for the sandbox's API, as fast-check arbitraries: broken
// bodies, wrong methods and content types, odd credentials, and JMAP calls to every method with
// arguments that are wrong in shape, in value, or named like prototype members.
import fc from 'fast-check';
import { allCatalogEntries, knownProperties } from '../objects/catalog-lookup';

export interface FuzzContext {
  /** Authorization headers of the demo accounts. */
  auth: { admin: string; support: string; viewer: string };
  /** Existing ids per object type, and a blob id for downloads. */
  ids: Record<string, string[]>;
  blobId: string;
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const USING = ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'];
const TYPES = allCatalogEntries().map((e) => e.name);
const FIELD_NAMES = [...new Set(allCatalogEntries().flatMap((e) => [...knownProperties(e)]))];
const METHODS = [...TYPES.flatMap((t) => ['get', 'set', 'query', 'changes'].map((m) => `${t}/${m}`)), 'Core/echo', 'x:Nothing/get', 'Mailbox/get', ''];
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '#__proto__', '#toString', '#c', '', '~', '~0', '~1', '/', 'a/b', '*', '0', '-1', '\u0000', '日本', '@type', 'id'];
const FILTERS = ['name', 'text', 'to', 'returnPath', 'queueName', 'due', 'dueIsLessThan', 'operator', 'conditions'];

function jmapArbitraries(ctx: FuzzContext) {
  const allIds = Object.values(ctx.ids).flat();
  const key = fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 }));
  const id = fc.oneof(fc.constantFrom(...allIds, 'singleton'), fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 6 }));
  const scalar = fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, '', 'x'.repeat(300), '2026-01-01T00:00:00Z', 'not-a-date', "'quoted'", 'true && (', '{}'),
    fc.string({ maxLength: 10 }),
    fc.integer(),
  );
  const value = fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: fc.dictionary(key, scalar, { maxKeys: 4 }) });
  const path = fc.array(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(...NASTY_KEYS), fc.constantFrom('match', '0', 'if', 'then', 'else', 'recipients', 'status'), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 4 }).map((t) => t.join('/'));
  const patch = fc.dictionary(path, value, { maxKeys: 4 });
  const object = fc.dictionary(key, value, { maxKeys: 6 }).chain((o) =>
    fc.constantFrom('Any', 'Url', 'Ip', 'Header', 'ClassifySpam', 'TroubleshootDmarc', 'ReloadSettings', 'PauseMtaQueue', 'Nope', undefined).map((t) => (t ? { '@type': t, ...o } : o)),
  );
  const accountId = fc.oneof({ weight: 8, arbitrary: fc.constant('b') }, { weight: 1, arbitrary: fc.constantFrom('c', 'd', 'zz', '') }, { weight: 1, arbitrary: fc.jsonValue() });
  const idList = fc.oneof(fc.constant(null), fc.array(id, { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }));
  const reference = fc.record({ resultOf: fc.constantFrom('c0', 'c1', 'x'), name: fc.constantFrom(...METHODS), path: fc.constantFrom('/ids', '/list/*/id', '/ids/0', '', '/__proto__', '/constructor/name', 'ids', '/*') });
  const setArgs = fc.record(
    {
      accountId,
      create: fc.oneof(fc.dictionary(key, object, { maxKeys: 3 }), fc.jsonValue({ maxDepth: 2 })),
      update: fc.oneof(fc.dictionary(id, patch, { maxKeys: 3 }), fc.jsonValue({ maxDepth: 2 })),
      destroy: idList,
      ifInState: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null)),
    },
    { requiredKeys: ['accountId'] },
  );
  const getArgs = fc.record(
    { accountId, ids: idList, properties: fc.oneof(fc.constant(null), fc.array(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(...NASTY_KEYS)), { maxLength: 4 })), '#ids': reference },
    { requiredKeys: ['accountId'] },
  );
  const sort = fc.array(fc.record({ property: fc.oneof(fc.constantFrom('id', 'name', 'priority', 'due'), key), isAscending: fc.oneof(fc.boolean(), scalar), collation: fc.string({ maxLength: 4 }) }, { requiredKeys: ['property'] }), { maxLength: 3 });
  const filter = fc.oneof(
    fc.dictionary(fc.oneof(fc.constantFrom(...FILTERS), key), value, { maxKeys: 3 }),
    fc.record({ operator: fc.constantFrom('AND', 'OR', 'NOT', 'XOR'), conditions: fc.array(fc.dictionary(fc.constantFrom(...FILTERS), value, { maxKeys: 2 }), { maxLength: 3 }) }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const queryArgs = fc.record(
    { accountId, filter, sort: fc.oneof(sort, fc.jsonValue({ maxDepth: 2 })), position: fc.oneof(fc.integer(), scalar), anchor: fc.oneof(id, scalar), anchorOffset: fc.oneof(fc.integer(), scalar), limit: fc.oneof(fc.integer({ min: -5, max: 1000 }), scalar), calculateTotal: fc.oneof(fc.boolean(), scalar) },
    { requiredKeys: ['accountId'] },
  );
  const args = fc.oneof(setArgs, getArgs, queryArgs, fc.dictionary(key, value, { maxKeys: 4 }));
  // A few well-formed writes, so that acknowledged changes are mixed in with the refused ones.
  const write = fc.oneof(
    fc.tuple(fc.constantFrom(...(ctx.ids['x:MtaMilter'] ?? ['none'])), fc.integer({ min: 1, max: 65535 })).map(([id, port]) => ['x:MtaMilter/set', { accountId: 'b', update: { [id]: { port } } }, 'w'] as const),
    fc.tuple(fc.constantFrom(...(ctx.ids['x:SpamRule'] ?? ['none'])), fc.integer({ min: -99999, max: 99999 })).map(([id, priority]) => ['x:SpamRule/set', { accountId: 'b', update: { [id]: { priority } } }, 'w'] as const),
  );
  const call = fc.oneof({ weight: 12, arbitrary: fc.tuple(fc.constantFrom(...METHODS), args, fc.constantFrom('c0', 'c1', 'x', '')) }, { weight: 1, arbitrary: write });
  const envelope = fc.record(
    {
      using: fc.oneof({ weight: 8, arbitrary: fc.constant(USING) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...USING, 'urn:nope', '')) }),
      methodCalls: fc.oneof({ weight: 9, arbitrary: fc.array(call, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }),
      createdIds: fc.oneof(fc.dictionary(key, fc.oneof(id, scalar), { maxKeys: 3 }), fc.jsonValue({ maxDepth: 1 })),
    },
    { requiredKeys: ['using', 'methodCalls'] },
  );
  return { envelope };
}

/** Bodies: mostly JMAP envelopes with hostile calls, then raw JSON, text, deep nesting and cut-off JSON. */
function bodies(ctx: FuzzContext) {
  const { envelope } = jmapArbitraries(ctx);
  const json = envelope.map((e) => JSON.stringify(e));
  return fc.oneof(
    { weight: 14, arbitrary: json },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 12_000 }).map((d) => `{"using":[],"methodCalls":${'['.repeat(d)}${']'.repeat(d)}}`) },
    { weight: 1, arbitrary: fc.tuple(json, fc.nat()).map(([s, n]) => s.slice(0, n % Math.max(1, s.length))) },
  );
}

export function fuzzRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const auth = fc.oneof(
    { weight: 10, arbitrary: fc.constant(ctx.auth.admin) },
    { weight: 2, arbitrary: fc.constantFrom(ctx.auth.viewer, ctx.auth.support) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', 'Bearer', 'Bearer garbage', 'Basic !!!', 'Basic Og==', 'Digest x', 'Bearer pmk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA') },
  );
  const contentType = fc.oneof({ weight: 10, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', '', 'application/json; charset=latin1', 'multipart/form-data', 'APPLICATION/JSON') });
  const jmapPost = fc.record({ auth, contentType, body: bodies(ctx) }).map(({ auth, contentType, body }): FuzzRequest => ({
    method: 'POST',
    path: '/jmap/',
    headers: { ...(auth !== undefined ? { authorization: auth } : {}), 'content-type': contentType },
    body,
  }));
  const paths = fc.oneof(
    fc.constantFrom('/jmap/', '/jmap', '/jmap/session', '/.well-known/jmap', '/api/account', '/api/sandbox/queue', '/api/nothing', '/jmap/upload/b/', '/jmap/eventsource/'),
    fc.tuple(fc.constantFrom('b', 'c', 'zz', '%00'), fc.constantFrom(ctx.blobId, 'nosuch', '..', '%2e%2e'), fc.oneof(fc.string({ maxLength: 12 }).map(encodeURIComponent), fc.constantFrom('%00', '%E0%A4%A', '%ED%A0%80', 'a%0D%0Ab', '%22%5C'))).map(
      ([a, b, n]) => `/jmap/download/${a}/${b}/${n}?accept=${encodeURIComponent('text/plain')}`,
    ),
    fc.webPath().map((p) => `/api${p.startsWith('/') ? p : `/${p}`}`),
  );
  const other = fc.record({ method: fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'POST'), path: paths, auth, body: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }) }).map(
    ({ method, path, auth, body }): FuzzRequest => ({
      method,
      path,
      headers: { ...(auth !== undefined ? { authorization: auth } : {}), ...(method === 'OPTIONS' ? { origin: 'https://evil.test', 'access-control-request-method': 'POST' } : {}) },
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
    }),
  );
  return fc.oneof({ weight: 4, arbitrary: jmapPost }, { weight: 1, arbitrary: other });
}
