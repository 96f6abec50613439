import { describe, expect, it } from 'vitest';
import { describeFields } from './describe-fields';
import { spamRuleSchemas } from './spam-rule';
import { RULE_NAME_REWRITES, storedForm } from './stored-form';

describe('storedForm', () => {
  it('writes a rule ID as the server stores it: upper-case, every space removed', () => {
    expect(storedForm('deep lower name', RULE_NAME_REWRITES)).toBe('DEEPLOWERNAME');
    expect(storedForm(' from\tno_dn\n', RULE_NAME_REWRITES)).toBe('FROMNO_DN');
    expect(storedForm('  host.example ', ['trim'])).toBe('host.example');
  });

  it('reaches the form through the field descriptor', () => {
    const name = describeFields(spamRuleSchemas.Any).find((f) => f.name === 'name');
    expect(name?.rewrites).toEqual(['uppercase', 'removeSpaces']);
  });
});
