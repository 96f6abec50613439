// How lenient the server is with a request: accountId, unknown arguments, `using`, properties.
import { describe, expect, it } from 'vitest';
import { CORE, call, getSession, methodError, ok } from './support/client';

describe('protocol leniency', () => {
  it('uses the caller\'s own account when an x: call has no accountId', async () => {
    const { accountId } = await getSession();
    const [[name, body]] = await call([['x:MtaMilter/get', { ids: [] }, '0']]);
    expect(name).toBe('x:MtaMilter/get');
    expect(body.accountId).toBe(accountId);
  });

  it('ignores unknown method arguments', async () => {
    expect((await ok('x:MtaMilter/get', { ids: [], postmasterUnknownArgument: 1 })).list).toEqual([]);
  });

  it('reaches x: methods without urn:stalwart:jmap in using', async () => {
    const [[name]] = await call([['x:MtaMilter/get', { ids: [] }, '0']], [CORE]);
    expect(name).toBe('x:MtaMilter/get');
  });

  it('has no /query for a singleton', async () => {
    expect((await methodError('x:SpamSettings/query')).type).toBe('unknownMethod');
  });

  it('reads the SpamSettings singleton by id "singleton", dropping unknown property names', async () => {
    const res = await ok('x:SpamSettings/get', { ids: ['singleton'], properties: ['scoreSpam', 'postmasterNoSuchProperty'] });
    expect(res.list).toEqual([{ id: 'singleton', scoreSpam: expect.any(Number) }]);
    const whole = await ok('x:SpamSettings/get', { ids: ['singleton'], properties: ['postmasterNoSuchProperty'] });
    expect(Object.keys(whole.list[0])).toEqual(expect.arrayContaining(['id', 'scoreSpam', 'scoreReject', 'enable']));
  });
});
