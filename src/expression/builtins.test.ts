import { describe, expect, it } from 'vitest';
import type { Value } from './ast';
import { evaluateExpression } from './evaluator';
import { parseOk } from './test-helpers';

const run = (source: string, variables: Record<string, Value> = {}) => evaluateExpression(parseOk(source), { variables });

describe('text functions', () => {
  it.each<[string, Value]>([
    ["trim('  a b  ')", 'a b'],
    ["trim_start('  a ')", 'a '],
    ["trim_end('  a ')", '  a'],
    ["to_lowercase('AbC')", 'abc'],
    ["to_uppercase('AbC')", 'ABC'],
    ["is_lowercase('abc1')", true],
    ["is_lowercase('aBc')", false],
    ["is_uppercase('ABC!')", true],
    ["is_uppercase('ABc')", false],
    ["has_digits('ab1')", true],
    ["has_digits('abc')", false],
    ["count_chars('héllo')", 5],
    ["count_spaces('a b  c')", 3],
    ["count_uppercase('AbCD')", 3],
    ["count_lowercase('AbCD')", 1],
    ["lines('a\nb\r\nc\n')", ['a', 'b', 'c']],
    ["split_words('hello, big world 42')", ['big', 'world', '42']],
    ["len('héllo')", 6],
    ["len(['a', 'b'])", 2],
    ["contains('hello', 'ell')", true],
    ["contains('hello', 'xyz')", false],
    ["contains(['a', 'b'], 'b')", true],
    ["contains(['ab'], 'a')", false],
    ["contains_ignore_case('HeLLo', 'ell')", true],
    ["contains_ignore_case(['ABC'], 'abc')", true],
    ["contains_ignore_case(['ABCD'], 'abc')", false],
    ["eq_ignore_case('ABC', 'abc')", true],
    ["eq_ignore_case('ABC', 'abd')", false],
    ["starts_with('hello', 'he')", true],
    ["starts_with('hello', 'lo')", false],
    ["ends_with('hello', 'lo')", true],
    ["ends_with('hello', 'he')", false],
    ["strip_prefix('www.example.com', 'www.')", 'example.com'],
    ["strip_prefix('example.com', 'www.')", ''],
    ["strip_suffix('mail.example.com', '.com')", 'mail.example'],
    ["strip_suffix('example.org', '.com')", ''],
    ["substring('héllo world', 1, 4)", 'éllo'],
    ["substring('abc', 5, 2)", ''],
    ["split('a,b,,c', ',')", ['a', 'b', '', 'c']],
    ["split('ab', '')", ['', 'a', 'b', '']],
    ["rsplit('a.b.c', '.')", ['c', 'b', 'a']],
    ["split_once('user@host@example.com', '@')", ['user', 'host@example.com']],
    ["rsplit_once('user@host@example.com', '@')", ['user@host', 'example.com']],
    ["split_once('nothing', '@')", ''],
    ["split_n('a,b,c,d', ',', 2)", ['a', 'b', 'c,d']],
    ["split_n('a,b,c', ',', 0)", ['a,b,c']],
    ["split_n('a,b,c', ',', -1)", ['a', 'b', 'c']],
    ["split_n('ab', '', 1)", ['', 'ab']],
    ["hash('abc', 'md5')", '900150983cd24fb0d6963f7d28e17f72'],
    ["hash('abc', 'sha1')", 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ["hash('abc', 'sha3')", ''],
    ["trim([' a ', 'b '])", ['a', 'b']],
    ["to_lowercase(['A', 'B'])", ['a', 'b']],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('array functions', () => {
  it.each<[string, Value]>([
    ["count(['a', 'b', 'c'])", 3],
    ["count('x')", 1],
    ["count('')", 0],
    ["sort(['b', 'c', 'a'], true)", ['a', 'b', 'c']],
    ["sort(['b', 'c', 'a'], false)", ['c', 'b', 'a']],
    ['sort([3, 10, 2], true)', [2, 3, 10]],
    ["dedup(['a', 'b', 'a', 'c', 'b'])", ['a', 'b', 'c']],
    ["winnow(['a', '', 'b', ''])", ['a', 'b']],
    ["is_intersect(['a', 'b'], ['c', 'b'])", true],
    ["is_intersect(['a', 'b'], ['c', 'd'])", false],
    ["is_intersect(['a', 'b'], 'b')", true],
    ["is_intersect('a', 'a')", false],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('email and misc functions', () => {
  it.each<[string, Value]>([
    ["is_email('user@example.com')", true],
    ["is_email('first.last+tag@sub.example.org')", true],
    ["is_email('user@localhost')", false],
    ["is_email('user@@example.com')", false],
    ["is_email('@example.com')", false],
    ["is_email('us er@example.com')", false],
    ["is_email('\"us er\"@example.com')", true],
    ["is_email('user..x@example.com')", false],
    ["email_part('User@Example.com', 'local')", 'User'],
    ["email_part('User@Example.com', 'domain')", 'Example.com'],
    ["email_part('nobody', 'domain')", ''],
    ["email_part(['a@x.org', 'b@y.org'], 'domain')", ['x.org', 'y.org']],
    ["is_empty('')", true],
    ["is_empty('x')", false],
    ['is_empty([])', true],
    ['is_empty(0)', false],
    ['is_number(3)', true],
    ['is_number(2.5)', true],
    ["is_number('3')", false],
    ["is_ip_addr('192.0.2.1')", true],
    ["is_ip_addr('::1')", true],
    ["is_ip_addr('example.com')", false],
    ["is_ipv4_addr('192.0.2.1')", true],
    ["is_ipv4_addr('::1')", false],
    ["is_ipv6_addr('::1')", true],
    ["is_ipv6_addr('192.0.2.1')", false],
    ["ip_reverse_name('192.0.2.1')", '1.2.0.192'],
    ["ip_reverse_name('bad')", ''],
    ["is_ip_in_cidr('10.1.2.3', '10.0.0.0/8')", true],
    ["is_ip_in_cidr('192.0.2.1', '10.0.0.0/8')", false],
    ['bit_and(12, 10)', 8],
    ["if_then(true, 'yes', 'no')", 'yes'],
    ["if_then('', 'yes', 'no')", 'no'],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('special forms', () => {
  it('reads system settings and metrics from the environment', () => {
    const env = { variables: {}, system: { hostname: 'mx.example.org' }, metrics: { 'queue.count': 7 } };
    expect(evaluateExpression(parseOk("system('hostname')"), env)).toBe('mx.example.org');
    expect(evaluateExpression(parseOk("system('domain')"), env)).toBe('');
    expect(evaluateExpression(parseOk("metric('queue.count')"), env)).toBe(7);
    expect(evaluateExpression(parseOk("metric('other')"), env)).toBe(0);
  });

  it('matches with the Rust regex dialect', () => {
    expect(run("matches('(?i)^x-mailer$', name)", { name: 'X-Mailer' })).toBe(true);
    expect(run("matches('^\\d+$', value)", { value: '12a' })).toBe(false);
    expect(run("matches('[[:upper:]]{3}', value)", { value: 'abcDEF' })).toBe(true);
    expect(run("matches('\\Aab\\z', value)", { value: 'ab' })).toBe(true);
    expect(run("matches('(?P<word>b+)', value) && $1 == 'bb'", { value: 'abbc' })).toBe(true);
    expect(run("matches('(?<=a)b', value)", { value: 'ab' })).toBe(false);
  });
});
