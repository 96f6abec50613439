import { startSandbox } from './server/sandbox';
const s = await startSandbox({ port: 0, memory: true, queue: 20, log: console.error });
console.log(s.url, s.seeded, s.apiKeys);
const auth = 'Basic ' + Buffer.from('admin:admin').toString('base64');
let r = await fetch(s.url + '/jmap/session', { headers: { authorization: auth } });
const session = await r.json();
console.log(r.status, JSON.stringify(session).slice(0, 300));
const post = async (calls: unknown[]) => {
  const res = await fetch(s.url + '/jmap/', { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls: calls }) });
  return [res.status, await res.json()];
};
console.log(JSON.stringify(await post([
  ['x:MtaMilter/query', { accountId: 'b' }, '0'],
  ['x:MtaMilter/get', { accountId: 'b', '#ids': { resultOf: '0', name: 'x:MtaMilter/query', path: '/ids' }, properties: ['hostname', 'port'] }, '1'],
  ['x:MtaMilter/set', { accountId: 'b', create: { m1: { hostname: 'x.example' } } }, '2'],
  ['x:SpamRule/query', { accountId: 'b', filter: { name: 'subj' }, calculateTotal: true }, '3'],
  ['x:SpamSettings/get', { accountId: 'b', ids: null }, '4'],
  ['x:QueuedMessage/query', { accountId: 'b', limit: 2 }, '5'],
  ['x:Action/set', { accountId: 'b', create: { a: { '@type': 'PauseMtaQueue' }, b: { '@type': 'ClassifySpam', message: 'Subject: hi\r\n\r\nhello', remoteIp: '192.0.2.1', ehloDomain: 'x', envFrom: 'a@b.c' } } }, '6'],
]), null, 1));
await s.close();
