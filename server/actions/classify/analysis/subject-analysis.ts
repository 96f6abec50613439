// The server's `subject` module (the URL and address checks of the subject are in url-analysis).
import { excessEncoding, fieldsNamed, isAscii, type AnalysisContext } from './analysis-context';

const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X';

export function analyzeSubject(ctx: AnalysisContext): string[] {
  const field = fieldsNamed(ctx, 'subject')[0];
  if (!field || field.raw === '') return ['MISSING_SUBJECT'];
  const tags: string[] = [];
  const subject = ctx.message.subject;
  // The thread subject: without Re:/Fwd: prefixes.
  const thread = subject.replace(/^(\s*(re|fwd?|aw|sv|wg)\s*(\[\d+\])?\s*:\s*)+/i, '');
  if (/[$€£¥₹₽₿]/u.test(thread)) tags.push('SUBJECT_HAS_CURRENCY');
  const words = thread.split(/\s+/).filter((w) => w !== '').length;
  const upper = (thread.match(/\p{Lu}/gu) ?? []).length;
  const lower = (thread.match(/\p{Ll}/gu) ?? []).length;
  if (subject.trim() === '') tags.push('EMPTY_SUBJECT');
  else if (subject.endsWith(' ')) tags.push('SUBJECT_ENDS_SPACES');
  else if (subject === GTUBE) tags.push('GTUBE_TEST');
  if (thread.length >= 10 && words > 1 && upper > 2 && lower === 0) tags.push('SUBJ_ALL_CAPS');
  if (!isAscii(field.raw)) tags.push('SUBJECT_NEEDS_ENCODING');
  tags.push(...excessEncoding(field.raw, isAscii(subject), 'SUBJ'));
  return tags;
}
