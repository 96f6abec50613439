// The server's `from` module (the DNS existence check of the envelope domain is left out: no resolver here).
import { emailsInText } from '../../mime/email-extract';
import { excessEncoding, fieldsNamed, isAscii, isValidAddress, toAddress, type AnalysisContext } from './analysis-context';

export function analyzeFrom(ctx: AnalysisContext): string[] {
  const fields = fieldsNamed(ctx, 'from');
  if (fields.length === 0) return ['MISSING_FROM'];
  const tags: string[] = fields.length > 1 ? ['MULTIPLE_FROM'] : [];
  const from = ctx.from;
  const address = from?.address ?? '';
  const valid = isValidAddress(address);
  if (!valid) tags.push('FROM_INVALID');
  const name = (from?.name ?? '').trim();
  const envFrom = ctx.envFrom;
  if (name === '') tags.push('FROM_NO_DN');
  else if (name.toLowerCase() === address) tags.push('FROM_DN_EQ_ADDR');
  else {
    if (valid) tags.push('FROM_HAS_DN');
    const inName = name.includes('@') ? emailsInText(name).map(toAddress).find((a) => isValidAddress(a.address)) : undefined;
    if (inName) {
      const spoof = (valid && inName.sld !== from!.sld) || (envFrom ? envFrom.sld !== inName.sld : ctx.ehloSld !== inName.sld);
      tags.push(spoof ? 'SPOOF_DISPLAY_NAME' : 'FROM_NEQ_DISPLAY_NAME');
    }
  }
  const bounce = envFrom === null || /^(postmaster|mailer-daemon)@/.test(envFrom.address);
  if (bounce) tags.push('FROM_BOUNCE');
  if (envFrom && envFrom.address === address) tags.push('FROM_EQ_ENV_FROM');
  else if (valid) {
    if (from!.sld === ctx.ehloSld) tags.push('FROMTLD_EQ_ENV_FROMTLD');
    else if (!bounce) tags.push('FORGED_SENDER', 'FROM_NEQ_ENV_FROM');
  }
  const visible = [...ctx.message.to, ...ctx.message.cc];
  if (visible.length === 1) {
    const rcpt = toAddress(visible[0].address);
    if (rcpt.address === address) tags.push('TO_EQ_FROM');
    else if (from && rcpt.domain === from.domain) tags.push('TO_DOM_EQ_FROM_DOM');
  }
  const raw = fields[fields.length - 1].raw;
  if (!isAscii(raw)) tags.push('FROM_NEEDS_ENCODING');
  tags.push(...excessEncoding(raw, isAscii(name) && isAscii(address), 'FROM'));
  if (name !== '' && address !== '' && /(^|\S)</.test(raw.trim())) tags.push('NO_SPACE_IN_FROM');
  if (envFrom && !isValidAddress(envFrom.address)) tags.push('ENV_FROM_INVALID');
  return tags;
}
