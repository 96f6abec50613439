// The server's `messageid` module.
import { isIP } from 'node:net';
import { fieldsNamed, isAscii, sldOf, type AnalysisContext } from './analysis-context';

export function analyzeMessageId(ctx: AnalysisContext): string[] {
  const field = fieldsNamed(ctx, 'message-id')[0];
  const raw = field?.raw.trim() ?? '';
  const mid = raw.replace(/^<|>$/g, '').trim().toLowerCase();
  if (!field || mid === '') return ['MISSING_MID'];
  const tags: string[] = [];
  const at = mid.lastIndexOf('@');
  if (at < 0) tags.push('INVALID_MSGID');
  else {
    const host = mid.slice(at + 1);
    const bare = host.replace(/^\[|\]$/g, '');
    if (isIP(bare)) tags.push(host.startsWith('[') ? 'MID_RHS_IP_LITERAL' : 'MID_BARE_IP');
    else if (!host.includes('.')) tags.push('MID_RHS_NOT_FQDN');
    else if (host.startsWith('www.')) tags.push('MID_RHS_WWW');
    if (!isAscii(raw) || raw.includes('(') || mid.startsWith('@')) tags.push('INVALID_MSGID');
    if (host.length > 255) tags.push('MID_RHS_TOO_LONG');
    for (const [part, sender] of [['FROM', ctx.from], ['ENV_FROM', ctx.envFrom]] as const) {
      if (!sender) continue;
      if (mid.includes(sender.address)) tags.push(`MID_CONTAINS_${part}`);
      else if (host === sender.domain) tags.push(`MID_RHS_MATCH_${part}`);
      else if (sldOf(host) === sender.sld) tags.push(`MID_RHS_MATCH_${part}TLD`);
    }
    for (const rcpt of ctx.recipients) {
      if (mid.includes(rcpt.address)) tags.push('MID_CONTAINS_TO');
      else if (host === rcpt.domain) tags.push('MID_RHS_MATCH_TO');
    }
  }
  if (!raw.startsWith('<') || !raw.includes('>')) tags.push('MID_MISSING_BRACKETS');
  return tags;
}
