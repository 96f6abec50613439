// Expression contexts: which variables and constants each expression field may use
// (Stalwart 0.16 docs, ref/expression/{variable,constant}). Used by the checker and by the
// editor's autocomplete.

/** Variables every spam rule context shares (SpamDefaultVariable). */
const SPAM_COMMON = [
  'remote_ip', 'remote_ip.ptr', 'helo_domain', 'authenticated_as', 'asn', 'country', 'is_tls',
  'env_from', 'env_from.local', 'env_from.domain', 'env_to',
  'from', 'from.name', 'from.local', 'from.domain',
  'reply_to', 'reply_to.name', 'reply_to.local', 'reply_to.domain',
  'to', 'to.name', 'to.local', 'to.domain',
  'cc', 'cc.name', 'cc.local', 'cc.domain',
  'bcc', 'bcc.name', 'bcc.local', 'bcc.domain',
  'body', 'body.text', 'body.html', 'body.words', 'body.raw',
  'subject', 'subject.thread', 'subject.words', 'location',
] as const;

/** Variables of an SMTP session, shared by the connection-stage contexts. */
const SESSION = ['listener', 'remote_ip', 'remote_port', 'local_ip', 'local_port', 'protocol', 'is_tls'] as const;

const QUEUE_COMMON = ['priority', 'retry_num', 'notify_num', 'expires_in', 'last_status', 'last_error'] as const;
const QUEUE_ORIGIN = ['queue_name', 'queue_age', 'received_from_ip', 'received_via_port', 'source', 'size'] as const;

export const VARIABLE_CONTEXTS = {
  HttpVariable: [...SESSION, 'url', 'path', 'headers', 'method'],
  MtaConnectionVariable: [...SESSION, 'asn', 'country'],
  MtaEhloVariable: [...SESSION, 'helo_domain', 'asn', 'country'],
  MtaMailFromVariable: [...SESSION, 'sender', 'sender_domain', 'authenticated_as', 'asn', 'country'],
  MtaRcptToVariable: [
    'sender', 'sender_domain', 'recipients', 'rcpt', 'rcpt_domain', 'authenticated_as',
    ...SESSION, 'priority', 'helo_domain', 'asn', 'country',
  ],
  MtaRcptVariable: ['rcpt'],
  MtaRcptDomainVariable: ['rcpt_domain'],
  MtaQueueHostVariable: [
    'sender', 'sender_domain', 'rcpt_domain', 'rcpt', 'recipients', 'mx', 'priority', 'remote_ip', 'local_ip',
    'retry_num', 'notify_num', 'expires_in', 'last_status', 'last_error', ...QUEUE_ORIGIN,
  ],
  MtaQueueRcptVariable: ['rcpt', 'rcpt_domain', 'recipients', 'sender', 'sender_domain', ...QUEUE_COMMON, ...QUEUE_ORIGIN],
  MtaQueueSenderVariable: ['sender', 'sender_domain', ...QUEUE_COMMON],
  SpamDefaultVariable: [...SPAM_COMMON],
  SpamGenericVariable: ['value', ...SPAM_COMMON],
  SpamUrlVariable: ['url', 'value', 'path_query', 'path', 'query', 'scheme', 'authority', 'host', 'sld', 'port', ...SPAM_COMMON],
  SpamEmailVariable: ['email', 'value', 'name', 'local', 'domain', 'sld', ...SPAM_COMMON],
  SpamIpVariable: ['ip', 'value', 'reverse_ip', 'ip_reverse', 'octets', 'is_v4', 'is_v6', ...SPAM_COMMON],
  SpamHeaderVariable: ['name', 'name_lower', 'value', 'value_lower', 'attributes', 'raw', 'raw_lower', ...SPAM_COMMON],
} as const satisfies Record<string, readonly string[]>;

export const CONSTANT_CONTEXTS = {
  MtaAggregateConstant: ['hourly', 'daily', 'weekly', 'disable'],
  MtaAuthTypeConstant: ['login', 'plain', 'xoauth2', 'oauthbearer'],
  MtaIpStrategyConstant: ['ipv4_only', 'ipv6_only', 'ipv6_then_ipv4', 'ipv4_then_ipv6'],
  MtaPriorityConstant: ['mixer', 'stanag4406', 'nsep'],
  MtaRequireConstant: ['optional', 'require', 'disable'],
  MtaVerifyConstant: ['relaxed', 'strict', 'disable'],
} as const satisfies Record<string, readonly string[]>;

export type VariableContextName = keyof typeof VARIABLE_CONTEXTS;
export type ConstantContextName = keyof typeof CONSTANT_CONTEXTS;
export type ExpressionContextName = VariableContextName | ConstantContextName;

export interface ExpressionContext {
  name: ExpressionContextName;
  kind: 'variables' | 'constants';
  variables: readonly string[];
  constants: readonly string[];
  /** `$TAG` globals mean something only inside the spam filter. */
  allowsGlobals: boolean;
}

function buildContexts(): Record<ExpressionContextName, ExpressionContext> {
  const contexts = {} as Record<ExpressionContextName, ExpressionContext>;
  for (const name of Object.keys(VARIABLE_CONTEXTS) as VariableContextName[]) {
    const variables = VARIABLE_CONTEXTS[name];
    contexts[name] = { name, kind: 'variables', variables, constants: [], allowsGlobals: name.startsWith('Spam') };
  }
  for (const name of Object.keys(CONSTANT_CONTEXTS) as ConstantContextName[]) {
    contexts[name] = { name, kind: 'constants', variables: [], constants: CONSTANT_CONTEXTS[name], allowsGlobals: false };
  }
  return contexts;
}

export const expressionContexts: Readonly<Record<ExpressionContextName, ExpressionContext>> = Object.freeze(buildContexts());

export function isExpressionContextName(name: string): name is ExpressionContextName {
  return Object.prototype.hasOwnProperty.call(expressionContexts, name);
}

/** Variables allowed in a context, for autocomplete. Unknown names give an empty list. */
export function variablesFor(contextName: string): readonly string[] {
  return isExpressionContextName(contextName) ? expressionContexts[contextName].variables : [];
}

export function constantsFor(contextName: string): readonly string[] {
  return isExpressionContextName(contextName) ? expressionContexts[contextName].constants : [];
}

/** Every variable and constant some context knows, to tell "wrong context" from "no such name". */
export const ALL_VARIABLES: ReadonlySet<string> = new Set(Object.values(VARIABLE_CONTEXTS).flat());
export const ALL_CONSTANTS: ReadonlySet<string> = new Set(Object.values(CONSTANT_CONTEXTS).flat());
