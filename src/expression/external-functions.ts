// The functions that reach outside the expression: the directory, in-memory stores, SQL and DNS.
// The evaluator needs an implementation of each passed in.
import { DNS_RECORD_TYPES, type ExpressionFunction, type FunctionArgument } from './function-types';

const store: FunctionArgument = { name: 'store', description: 'In-memory store id' };

export const externalFunctions: readonly ExpressionFunction[] = [
  {
    name: 'is_local_domain',
    category: 'directory',
    args: [{ name: 'domain', description: 'Domain name' }],
    description: 'True when the domain is hosted here',
    external: true,
    predicate: true,
  },
  {
    name: 'is_local_address',
    category: 'directory',
    args: [{ name: 'address', description: 'E-mail address' }],
    description: 'True when the address belongs to a local account',
    external: true,
    predicate: true,
  },
  {
    name: 'key_get',
    category: 'store',
    args: [store, { name: 'key', description: 'Key' }],
    description: 'Value stored under the key',
    external: true,
  },
  {
    name: 'key_exists',
    category: 'store',
    args: [store, { name: 'key', description: 'Key' }],
    description: 'True when the key exists',
    external: true,
    predicate: true,
  },
  {
    name: 'key_set',
    category: 'store',
    args: [store, { name: 'key', description: 'Key' }, { name: 'value', description: 'Value' }],
    description: 'Stores a value under the key',
    external: true,
  },
  {
    name: 'counter_get',
    category: 'store',
    args: [store, { name: 'name', description: 'Counter name' }],
    description: 'Current value of a counter',
    external: true,
  },
  {
    name: 'counter_incr',
    category: 'store',
    args: [store, { name: 'name', description: 'Counter name' }, { name: 'increment', description: 'Amount to add' }],
    description: 'Adds to a counter and returns the new value',
    external: true,
  },
  {
    name: 'sql_query',
    category: 'sql',
    args: [store, { name: 'query', description: 'SQL query' }, { name: 'params', description: 'Query parameters' }],
    description: 'Runs an SQL query and returns the result',
    external: true,
  },
  {
    name: 'dns_query',
    category: 'dns',
    args: [{ name: 'name', description: 'Name to resolve' }, { name: 'type', description: 'ipv4, ipv6, ip, mx, txt or ptr', oneOf: DNS_RECORD_TYPES }],
    description: 'Resolves a DNS record',
    external: true,
  },
];
