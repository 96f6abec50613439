import { describe, expect, it } from 'vitest';
import { describeJmapError } from './describe-jmap-error';
import { checkMethodResponse } from './response-schemas';
import { rewriteNextApiAnswer, startClientSandbox } from './test-support/sandbox-client';

describe('checkMethodResponse', () => {
  it('accepts the standard answers, with unknown properties and without state', () => {
    expect(checkMethodResponse('x:SpamRule/get', { accountId: 'a', list: [{ id: 'r1', name: 'X', priority: 1, future: 1 }], notFound: [] })).toBeUndefined();
    expect(checkMethodResponse('x:SpamRule/query', { accountId: 'a', ids: ['r1'], position: 0, total: 1, queryState: 'n' })).toBeUndefined();
    expect(checkMethodResponse('x:MtaMilter/set', { accountId: 'a', created: { milter: { id: 'm1' } }, updated: null })).toBeUndefined();
  });

  it('names the method and the property of an unexpected value', () => {
    const message = checkMethodResponse('x:SpamRule/get', { list: [{ id: 'r1' }, { id: 'r2', priority: 'high' }] });
    expect(message).toMatch(/^x:SpamRule\/get answered an unexpected value at list\/1\/priority: /);
    expect(checkMethodResponse('x:SpamRule/query', { ids: 'r1', position: 0 })).toMatch(/^x:SpamRule\/query answered an unexpected value at ids: /);
    expect(checkMethodResponse('x:MtaMilter/set', { notUpdated: { m1: { description: 'x' } } })).toMatch(/at notUpdated\/m1\/type/);
  });

  it('turns such an answer into an error the screens describe, instead of passing it on', async () => {
    const server = await startClientSandbox();
    // Rewritten: the sandbox's own answer with a score sent as a string, as a faulty server might.
    server.answerNext(
      rewriteNextApiAnswer(([get]) => [[get![0], { ...get![1], list: [{ ...get![1].list[0], scoreSpam: '5' }] }, get![2]]]),
    );
    const result = await server.client().call('x:SpamSettings/get', { ids: ['singleton'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeJmapError(result.error)).toMatch(/x:SpamSettings\/get answered an unexpected value at list\/0\/scoreSpam/);
  });
});
