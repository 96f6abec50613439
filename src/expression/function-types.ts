// The shape of an entry in the function table, and the fixed word lists its arguments use.

export type FunctionCategory = 'special' | 'text' | 'array' | 'email' | 'directory' | 'store' | 'sql' | 'dns' | 'misc';

export interface FunctionArgument {
  name: string;
  description: string;
  /** When written as a literal, the argument must be one of these strings. */
  oneOf?: readonly string[];
  /** The server reads this argument at compile time, so it must be a string literal. */
  literal?: 'regex' | 'string';
}

export interface ExpressionFunction {
  name: string;
  category: FunctionCategory;
  args: readonly FunctionArgument[];
  description: string;
  /** Reaches a store, the directory or DNS: the evaluator needs an implementation passed in. */
  external?: true;
  /** An external function that answers true or false. */
  predicate?: true;
}

export const HASH_ALGORITHMS = ['md5', 'sha1', 'sha256', 'sha512'] as const;
export const EMAIL_PARTS = ['local', 'domain'] as const;
export const DNS_RECORD_TYPES = ['ipv4', 'ipv6', 'ip', 'mx', 'txt', 'ptr'] as const;
export const SYSTEM_VARIABLES = ['hostname', 'domain', 'node_id', 'node_hostname', 'node_role'] as const;
