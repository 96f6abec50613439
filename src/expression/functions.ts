// The function table: names, arguments and one-line descriptions, used by the checker for
// arity and literal checks and by the editor for autocomplete and signature help.
import { externalFunctions } from './external-functions';
import { EMAIL_PARTS, HASH_ALGORITHMS, SYSTEM_VARIABLES, type ExpressionFunction, type FunctionArgument } from './function-types';

export * from './function-types';

const text = (description = 'Text to inspect'): FunctionArgument => ({ name: 'text', description });
const value: FunctionArgument = { name: 'value', description: 'Value to test' };

function textFn(name: string, description: string): ExpressionFunction {
  return { name, category: 'text', args: [text()], description };
}

export const expressionFunctions: readonly ExpressionFunction[] = [
  {
    name: 'matches',
    category: 'special',
    args: [
      { name: 'regex', description: 'Regular expression (string literal)', literal: 'regex' },
      { name: 'value', description: 'Text to match' },
    ],
    description: 'True when the regex matches; its groups become $0, $1, … in the then branch',
  },
  {
    name: 'system',
    category: 'special',
    args: [{ name: 'name', description: 'System setting name', literal: 'string', oneOf: SYSTEM_VARIABLES }],
    description: 'A server setting: hostname, domain, node_id, node_hostname or node_role',
  },
  {
    name: 'metric',
    category: 'special',
    args: [{ name: 'name', description: 'Metric name (string literal)', literal: 'string' }],
    description: 'Current value of a server metric',
  },
  textFn('trim', 'Removes leading and trailing whitespace'),
  textFn('trim_start', 'Removes leading whitespace'),
  textFn('trim_end', 'Removes trailing whitespace'),
  textFn('to_lowercase', 'Converts to lowercase'),
  textFn('to_uppercase', 'Converts to uppercase'),
  textFn('is_lowercase', 'True when the text has no uppercase letters'),
  textFn('is_uppercase', 'True when the text has no lowercase letters'),
  textFn('has_digits', 'True when the text contains a digit'),
  textFn('count_chars', 'Number of characters'),
  textFn('count_spaces', 'Number of whitespace characters'),
  textFn('count_uppercase', 'Number of uppercase letters'),
  textFn('count_lowercase', 'Number of lowercase letters'),
  textFn('lines', 'Splits the text into lines'),
  textFn('split_words', 'Splits the text into alphanumeric words'),
  {
    name: 'len',
    category: 'text',
    args: [{ name: 'value', description: 'Text or array' }],
    description: 'Length of a text (in bytes) or number of items of an array',
  },
  {
    name: 'contains',
    category: 'text',
    args: [
      { name: 'haystack', description: 'Text or array' },
      { name: 'needle', description: 'Substring or element' },
    ],
    description: 'True when the text contains the substring, or the array the element',
  },
  {
    name: 'contains_ignore_case',
    category: 'text',
    args: [
      { name: 'haystack', description: 'Text or array' },
      { name: 'needle', description: 'Substring or element' },
    ],
    description: 'Like contains, ignoring case',
  },
  {
    name: 'eq_ignore_case',
    category: 'text',
    args: [text('First text'), text('Second text')],
    description: 'True when both texts are equal ignoring case',
  },
  {
    name: 'starts_with',
    category: 'text',
    args: [text(), { name: 'prefix', description: 'Prefix' }],
    description: 'True when the text starts with the prefix',
  },
  {
    name: 'ends_with',
    category: 'text',
    args: [text(), { name: 'suffix', description: 'Suffix' }],
    description: 'True when the text ends with the suffix',
  },
  {
    name: 'strip_prefix',
    category: 'text',
    args: [text(), { name: 'prefix', description: 'Prefix' }],
    description: 'The text without the prefix, or empty when it does not start with it',
  },
  {
    name: 'strip_suffix',
    category: 'text',
    args: [text(), { name: 'suffix', description: 'Suffix' }],
    description: 'The text without the suffix, or empty when it does not end with it',
  },
  {
    name: 'substring',
    category: 'text',
    args: [text(), { name: 'start', description: 'First character (0-based)' }, { name: 'count', description: 'Number of characters' }],
    description: 'Part of the text',
  },
  ...(
    [
      ['split', 'Splits the text at every delimiter'],
      ['rsplit', 'Splits the text at every delimiter, last part first'],
      ['split_once', 'Splits the text at the first delimiter into two parts'],
      ['rsplit_once', 'Splits the text at the last delimiter into two parts'],
    ] as const
  ).map(
    ([name, description]): ExpressionFunction => ({
      name,
      category: 'text',
      args: [text(), { name: 'delimiter', description: 'Delimiter' }],
      description,
    }),
  ),
  {
    name: 'split_n',
    category: 'text',
    args: [text(), { name: 'delimiter', description: 'Delimiter' }, { name: 'count', description: 'Maximum number of splits' }],
    description: 'Splits the text at most count times',
  },
  {
    name: 'hash',
    category: 'text',
    args: [text(), { name: 'algorithm', description: 'md5, sha1, sha256 or sha512', oneOf: HASH_ALGORITHMS }],
    description: 'Hex digest of the text',
  },
  { name: 'count', category: 'array', args: [{ name: 'array', description: 'Array' }], description: 'Number of items' },
  {
    name: 'sort',
    category: 'array',
    args: [{ name: 'array', description: 'Array' }, { name: 'ascending', description: 'true for ascending order' }],
    description: 'Sorted copy of the array',
  },
  { name: 'dedup', category: 'array', args: [{ name: 'array', description: 'Array' }], description: 'Removes repeated items' },
  { name: 'winnow', category: 'array', args: [{ name: 'array', description: 'Array' }], description: 'Removes empty items' },
  {
    name: 'is_intersect',
    category: 'array',
    args: [{ name: 'a', description: 'Array or value' }, { name: 'b', description: 'Array or value' }],
    description: 'True when the two arrays share an item',
  },
  { name: 'is_email', category: 'email', args: [value], description: 'True when the value is an e-mail address' },
  {
    name: 'email_part',
    category: 'email',
    args: [{ name: 'address', description: 'E-mail address' }, { name: 'part', description: "'local' or 'domain'", oneOf: EMAIL_PARTS }],
    description: 'Local part or domain of an address',
  },
  ...externalFunctions,
  { name: 'is_empty', category: 'misc', args: [value], description: 'True for an empty text or array' },
  { name: 'is_number', category: 'misc', args: [value], description: 'True for a number' },
  { name: 'is_ip_addr', category: 'misc', args: [value], description: 'True for an IPv4 or IPv6 address' },
  { name: 'is_ipv4_addr', category: 'misc', args: [value], description: 'True for an IPv4 address' },
  { name: 'is_ipv6_addr', category: 'misc', args: [value], description: 'True for an IPv6 address' },
  {
    name: 'ip_reverse_name',
    category: 'misc',
    args: [{ name: 'ip', description: 'IP address' }],
    description: 'Reverse DNS name of the address (without in-addr.arpa)',
  },
  {
    name: 'is_ip_in_cidr',
    category: 'misc',
    args: [{ name: 'ip', description: 'IP address' }, { name: 'cidr', description: 'Network, e.g. 10.0.0.0/8' }],
    description: 'True when the address is inside the network',
  },
  {
    name: 'bit_and',
    category: 'misc',
    args: [{ name: 'a', description: 'Integer' }, { name: 'b', description: 'Integer' }],
    description: 'Bitwise AND of two integers',
  },
  {
    name: 'if_then',
    category: 'misc',
    args: [{ name: 'condition', description: 'Condition' }, { name: 'then', description: 'Value when true' }, { name: 'else', description: 'Value when false' }],
    description: 'Chooses between two values',
  },
];

export const functionsByName: ReadonlyMap<string, ExpressionFunction> = new Map(expressionFunctions.map((f) => [f.name, f]));
