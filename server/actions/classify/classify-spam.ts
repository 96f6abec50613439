import type { EvaluationEnv } from '../../../src/expression/evaluator';
import type { DnsResolver } from '../dns/dns-resolver';
import { isIpAddress, reverseLookupName } from '../dns/dns-names';
import { parseMessage } from '../mime/parsed-message';
import { builtinAnalysisTags } from './analysis/builtin-analysis';
import type {
  ClassifySpamInput,
  ClassifySpamOutcome,
  SpamRule,
  SpamSettings,
  TagScoreTable,
} from './classify-types';
import { compileCondition, tagsFromValue } from './compiled-condition';
import { defaultVariables, type SessionFacts } from './default-variables';
import { scopeItems } from './scope-items';
import { verdict } from './verdict';

export interface ClassifyDeps {
  /** Answers the PTR lookup behind `remote_ip.ptr`; without it the variable is "". */
  resolver?: DnsResolver;
  /** ASN and country of the remote IP (no GeoIP database ships with the sandbox). */
  ipInfo?: (ip: string) => { asn?: number; country?: string } | undefined;
  /** Implementations of the expression functions that reach stores, the directory or DNS. */
  functions?: EvaluationEnv['functions'];
  /** Values for `system('hostname')` and friends. */
  system?: Record<string, string>;
  /** The clock the date analysis compares the Date header with (ms since the epoch). */
  now?: () => number;
}

/** A rule that was not run, and why (the server would not have accepted its condition). */
export interface SkippedRule {
  name: string;
  reason: string;
}

const PARSE_ERROR = {
  type: 'invalidProperties',
  description: 'Failed to parse the message for spam classification',
  properties: ['message'],
};

/**
 * The ClassifySpam action: first the built-in analysis sets its tags (as the server's spam filter
 * does before its rules), then every enabled rule runs, lowest priority number first, over its
 * scope's items (each header, URL, address, IP or domain; once for Body and Any). A condition yields
 * a tag name or false; `$TAG` reads 1 for tags already set, by the analysis or by earlier rules.
 * Scores come from the tag table.
 */
export async function classifySpam(
  input: ClassifySpamInput,
  rules: readonly SpamRule[],
  settings: SpamSettings,
  tagScores: TagScoreTable,
  deps: ClassifyDeps = {},
): Promise<ClassifySpamOutcome & { skippedRules?: SkippedRule[] }> {
  if (!isIpAddress(input.remoteIp ?? '')) {
    return { ok: false, error: { type: 'invalidProperties', description: 'Invalid remote IP address', properties: ['remoteIp'] } };
  }
  if (typeof input.message !== 'string') return { ok: false, error: PARSE_ERROR };
  const parsed = await parseMessage(input.message);
  if (!parsed.ok) return { ok: false, error: PARSE_ERROR };
  const message = parsed.message;

  const remoteIp = input.remoteIp.trim();
  const info = deps.ipInfo?.(remoteIp);
  const session: SessionFacts = {
    remoteIp,
    remoteIpPtr: await firstPtr(remoteIp, deps.resolver),
    heloDomain: (input.ehloDomain ?? '').trim().toLowerCase(),
    authenticatedAs: input.authenticatedAs ?? '',
    asn: info?.asn ?? 0,
    country: info?.country ?? '',
    isTls: input.isTls ?? true,
    envFrom: (input.envFrom ?? '').trim(),
    envRcptTo: Object.keys(input.envRcptTo ?? {}),
  };
  const defaults = defaultVariables(message, session);
  const items = scopeItems(message, session);

  const tags = builtinAnalysisTags(message, session, deps.now?.() ?? Date.now());
  const assigned = new Set<string>(tags);
  const skippedRules: SkippedRule[] = [];
  const ordered = rules
    .filter((rule) => rule.enable !== false)
    .sort((a, b) => (a.priority ?? 500) - (b.priority ?? 500) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  for (const rule of ordered) {
    const condition = compileCondition(rule.condition, rule['@type']);
    if (!condition.ok) {
      skippedRules.push({ name: rule.name, reason: condition.problem });
      continue;
    }
    for (const item of items[rule['@type']] ?? []) {
      const env: EvaluationEnv = {
        variables: { ...defaults, ...item.variables, location: item.location },
        globals: (name) => (assigned.has(name) ? 1 : 0),
        functions: deps.functions,
        system: deps.system,
      };
      for (const tag of tagsFromValue(condition.evaluate(env))) {
        if (assigned.has(tag)) continue;
        assigned.add(tag);
        tags.push(tag);
      }
    }
  }

  const outcome = { ok: true as const, result: verdict(tags, tagScores, settings) };
  return skippedRules.length > 0 ? { ...outcome, skippedRules } : outcome;
}

/** First PTR name of the IP, without the trailing dot; "" when there is none or no resolver. */
async function firstPtr(ip: string, resolver: DnsResolver | undefined): Promise<string> {
  if (!resolver) return '';
  try {
    const names = (await resolver(reverseLookupName(ip), 'PTR')) as string[];
    return (names[0] ?? '').replace(/\.$/, '').toLowerCase();
  } catch {
    return '';
  }
}
