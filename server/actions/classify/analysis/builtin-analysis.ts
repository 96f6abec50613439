// The tags the server's built-in spam analysis sets before any rule runs (crates/spam-filter/src/analysis),
// for the modules the sandbox implements, in the server's order.
import type { ParsedMessage } from '../../mime/parsed-message';
import type { SessionFacts } from '../default-variables';
import { buildContext } from './analysis-context';
import { analyzeDate } from './date-analysis';
import { analyzeFrom } from './from-analysis';
import { analyzeHeaders } from './headers-analysis';
import { analyzeMessageId } from './message-id-analysis';
import { analyzeReceived } from './received-analysis';
import { analyzeRecipients } from './recipient-analysis';
import { analyzeReplyTo } from './reply-to-analysis';
import { analyzeSubject } from './subject-analysis';
import { analyzeUrls } from './url-analysis';

// The order of spam_filter_classify (crates/spam-filter/src/analysis/score.rs).
const MODULES = [analyzeHeaders, analyzeReceived, analyzeMessageId, analyzeDate, analyzeSubject, analyzeFrom, analyzeReplyTo, analyzeRecipients, analyzeUrls];

export function builtinAnalysisTags(message: ParsedMessage, session: SessionFacts, now = Date.now()): string[] {
  const ctx = buildContext(message, session, now);
  return [...new Set(MODULES.flatMap((analyze) => analyze(ctx)))];
}
