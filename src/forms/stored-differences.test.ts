import { describe, expect, it } from 'vitest';
import { describeFields } from '../schema/describe-fields';
import { spamRuleSchemas } from '../schema/spam-rule';
import { createdNotice, storedDifferences } from './stored-differences';

const fields = describeFields(spamRuleSchemas.Any);

describe('storedDifferences', () => {
  it('names the values the server stored differently, only among those sent', () => {
    const sent = { name: 'deep lower', priority: 10, condition: { else: 'false' } };
    const stored = { id: 'r1', name: 'DEEPLOWER', priority: 10, enable: true, condition: { else: 'false' } };
    const differences = storedDifferences(fields, sent, stored);
    expect(differences).toEqual([{ label: 'Rule ID', sent: 'deep lower', stored: 'DEEPLOWER' }]);
    expect(createdNotice('rule', differences)).toBe('Rule created. The server stored some values differently: Rule ID “deep lower” was stored as “DEEPLOWER”.');
  });

  it('says plainly when everything was stored as sent', () => {
    expect(storedDifferences(fields, { name: 'A' }, { name: 'A', priority: 500 })).toEqual([]);
    expect(createdNotice('milter', [])).toBe('Milter created. These are the values the server stored.');
  });
});
