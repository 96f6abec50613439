// The server's `received` module over the Received fields (mailauth's Received parser).
import { isIP } from 'node:net';
import { parseReceived } from 'mailauth/lib/parse-received.js';
import { fieldsNamed, isAscii, toAddress, type AnalysisContext } from './analysis-context';

const COUNT_TAGS: [number, string][] = [
  [0, 'RCVD_COUNT_ZERO'], [1, 'RCVD_COUNT_ONE'], [2, 'RCVD_COUNT_TWO'], [3, 'RCVD_COUNT_THREE'],
  [5, 'RCVD_COUNT_FIVE'], [7, 'RCVD_COUNT_SEVEN'], [12, 'RCVD_COUNT_TWELVE'],
];

type Parsed = Record<string, { value?: string; comment?: string } | undefined>;

export function analyzeReceived(ctx: AnalysisContext): string[] {
  const tags: string[] = [];
  const fields = fieldsNamed(ctx, 'received');
  let fromIp = 0;
  let tls = 0;
  for (const field of fields) {
    if (!isAscii(field.raw)) tags.push('RCVD_ILLEGAL_CHARS');
    let parsed: Parsed;
    try {
      parsed = parseReceived(`Received: ${field.value}`) as unknown as Parsed;
    } catch {
      tags.push('RCVD_UNPARSABLE');
      continue;
    }
    if (!parsed.from && !parsed.by) {
      tags.push('RCVD_UNPARSABLE');
      continue;
    }
    const helo = (parsed.from?.value ?? '').replace(/^\[|\]$/g, '');
    // "from helo (ptr [ip])": the comment's first word is the reverse name the receiver found.
    const ptr = /^([a-z0-9.-]+\.[a-z]{2,})\b/i.exec(parsed.from?.comment ?? '')?.[1];
    if (helo.toLowerCase() === 'user') tags.push('RCVD_HELO_USER');
    else if (helo !== '' && !isIP(helo) && ptr && helo.toLowerCase() !== ptr.toLowerCase()) tags.push('FORGED_RCVD_TRAIL');
    const forAddress = (parsed.for?.value ?? '').replace(/^<|>$/g, '');
    if (forAddress && ctx.recipients.some((r) => r.address === toAddress(forAddress).address)) tags.push('PREVIOUSLY_DELIVERED');
    if (isIP(helo)) fromIp++;
    if (parsed.tls) tls++;
  }
  if (fromIp >= 2 || (fromIp === 1 && isIP(ctx.session.heloDomain.replace(/^\[|\]$/g, '')))) tags.push('RCVD_DOUBLE_IP_SPAM');
  if (ctx.session.authenticatedAs !== '') tags.push('RCVD_VIA_SMTP_AUTH');
  if (fields.length > 0 && fields.length === tls && ctx.session.isTls) tags.push('RCVD_TLS_ALL');
  else tags.push(ctx.session.isTls ? 'RCVD_TLS_LAST' : 'RCVD_NO_TLS_LAST');
  const count = COUNT_TAGS.find(([max]) => fields.length <= max);
  if (count) tags.push(count[1]);
  return tags;
}
