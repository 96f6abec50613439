// The server's `replyto` module.
import { excessEncoding, fieldsNamed, isAscii, toAddress, type AnalysisContext } from './analysis-context';

const LIST_FIELDS = new Set(['list-unsubscribe', 'list-id', 'auto-submitted', 'x-to-get-off-this-list', 'x-list']);

export function analyzeReplyTo(ctx: AnalysisContext): string[] {
  const field = fieldsNamed(ctx, 'reply-to').at(-1);
  if (!field || field.raw.trim() === '') return [];
  const replyTo = ctx.message.replyTo;
  if (!replyTo) return ['REPLYTO_UNPARSABLE'];
  const reply = toAddress(replyTo.address);
  const from = ctx.from;
  const fromList = ctx.message.headers.some((h) => LIST_FIELDS.has(h.name.toLowerCase()));
  const tags = ['HAS_REPLYTO'];
  if (from && reply.address === from.address) tags.push('REPLYTO_EQ_FROM');
  else {
    if (from && reply.sld === from.sld) tags.push('REPLYTO_DOM_EQ_FROM_DOM');
    else {
      tags.push(!fromList && ctx.recipients.some((r) => r.address === reply.address) ? 'REPLYTO_EQ_TO_ADDR' : 'REPLYTO_DOM_NEQ_FROM_DOM');
      const excused =
        fromList ||
        ctx.message.to.some((r) => r.address.toLowerCase() === from?.address) ||
        ctx.envRcpt.some((r) => r.sld === from?.sld) ||
        (ctx.envRcpt.length === 1 && ctx.envRcpt[0].address === from?.address);
      if (!excused) tags.push('SPOOF_REPLYTO');
    }
    if (replyTo.name !== '' && replyTo.name === (from?.name ?? '')) tags.push('REPLYTO_DN_EQ_FROM_DN');
  }
  if (ctx.envFrom && reply.address === ctx.envFrom.address) tags.push('REPLYTO_ADDR_EQ_FROM');
  tags.push(...excessEncoding(field.raw, isAscii(reply.address) && isAscii(replyTo.name), 'REPLYTO'));
  return tags;
}
