// The server's `url` module, plus the URL checks of its `subject` module. Redirectors are looked up
// in the server's "url-redirectors" list; the sandbox carries a built-in copy of common shorteners.
import { isIP } from 'node:net';
import { collectUrls, urlParts, urlsInText } from '../../mime/url-extract';
import { sldOf, type AnalysisContext } from './analysis-context';

export const URL_REDIRECTORS = new Set([
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'rb.gy', 't.ly', 'tiny.cc',
]);

// eslint-disable-next-line no-misleading-character-class -- single code points, joiners on purpose
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/;
/** Characters that hide what a link points to (the server's `is_obscured`). */
// eslint-disable-next-line no-misleading-character-class -- single code points, combining marks on purpose
const OBSCURED = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3164\uffa0]/;

export function analyzeUrls(ctx: AnalysisContext): string[] {
  const tags: string[] = [];
  const { message } = ctx;
  const found = collectUrls(message.text ? [message.text] : [], message.html ? [message.html] : []);
  const rcptSlds = new Set(ctx.recipients.map((r) => r.sld));
  for (const { url } of found) {
    if (ZERO_WIDTH.test(url)) tags.push('ZERO_WIDTH_SPACE_URL');
    if (OBSCURED.test(url)) tags.push('SUSPICIOUS_URL');
    const parts = urlParts(url);
    if (!parts) {
      if (url.includes('://')) tags.push('UNPARSABLE_URL');
      continue;
    }
    const sld = parts.host ? sldOf(parts.host) : '';
    if (rcptSlds.has(sld)) tags.push('RCPT_DOMAIN_IN_BODY');
    if (!isIP(parts.host.replace(/^\[|\]$/g, '')) && URL_REDIRECTORS.has(sld)) tags.push('REDIRECTOR_URL');
  }
  // A body that is nothing but one link.
  const text = message.body.trim();
  if (found.length === 1 && text !== '' && urlsInText(text).length === 1 && text.split(/\s+/).length === 1) tags.push('URL_ONLY');

  const subjectUrls = urlsInText(message.subject);
  if (subjectUrls.length > 0) tags.push('URL_IN_SUBJECT');
  for (const url of subjectUrls) {
    const host = urlParts(url)?.host;
    if (host && rcptSlds.has(sldOf(host))) tags.push('RCPT_DOMAIN_IN_SUBJECT');
  }
  return [...new Set(tags)];
}
