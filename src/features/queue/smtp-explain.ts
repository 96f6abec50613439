// Plain-language meaning of SMTP reply codes (RFC 5321, RFC 7504) and enhanced status codes
// (RFC 3463 and the codes registered after it), for support staff reading a delivery error.

import { ENHANCED_DETAILS, REPLY_CODES } from './smtp-code-meanings';

export type SmtpOutcome = 'success' | 'intermediate' | 'temporary' | 'permanent' | 'unknown';

export interface SmtpExplanation {
  outcome: SmtpOutcome;
  /** One or two sentences: what happened, in words a non-specialist understands. */
  summary: string;
  /** What can be done about it, when there is a useful suggestion. */
  advice?: string;
}

/** Well-known code pairs whose combined meaning is more specific than either part. */
const COMBINED: Record<string, { summary: string; advice?: string }> = {
  '421 4.4.2': {
    summary: 'The receiving server dropped the connection (busy or timed out).',
    advice: 'Usually transient; delivery is retried automatically.',
  },
  '421 4.7.0': {
    summary: 'The receiving server is temporarily refusing connections from this server (rate limit or reputation).',
    advice: 'Retries happen automatically; if it persists, check the sending IP against blocklists.',
  },
  '450 4.7.1': {
    summary: 'Greylisting or a temporary policy block: the receiving server asks to try again later.',
    advice: 'Normal for a first delivery attempt; the next retry usually succeeds.',
  },
  '451 4.7.1': {
    summary: 'Greylisting: the receiving server deliberately deferred the message and expects a retry later.',
    advice: 'No action needed; the next retry usually succeeds.',
  },
  '450 4.2.0': {
    summary: 'The mailbox is temporarily unavailable.',
    advice: 'Retries happen automatically.',
  },
  '452 4.2.2': {
    summary: 'Mailbox full: the recipient is over quota for now.',
    advice: 'Retries continue until the message expires; the recipient must free space.',
  },
  '550 5.1.1': {
    summary: 'No such user: the recipient address does not exist at the destination.',
    advice: 'Check the address for typos; retrying will not help.',
  },
  '552 5.2.2': {
    summary: 'Mailbox full: the recipient is over quota and the server gave up.',
    advice: 'The recipient must free space before mail can be delivered.',
  },
  '554 5.7.1': {
    summary: 'Rejected as spam or by the recipient server\'s policy.',
    advice: 'Check the message content and the sending IP\'s reputation (blocklists).',
  },
  '550 5.7.1': {
    summary: 'Rejected by the recipient server\'s policy (blocklist, spam filter or relay not allowed).',
    advice: 'Check the sending IP\'s reputation and the recipient server\'s bounce text.',
  },
  '550 5.7.26': {
    summary: 'Rejected because the message failed DMARC authentication (SPF and DKIM did not align with the sender domain).',
    advice: 'Fix the sender domain\'s SPF, DKIM and DMARC records.',
  },
  '550 5.4.4': {
    summary: 'Unable to route: the recipient domain has no mail server.',
    advice: 'Check the recipient domain for typos and its MX records.',
  },
};

/** Advice per enhanced code (class and subject.detail), when no combined entry applies. */
const ADVICE: Record<string, string> = {
  '5.1.1': 'Check the address for typos; retrying will not help.',
  '5.1.2': 'Check the recipient domain for typos; retrying will not help.',
  '5.1.10': 'The domain publishes that it receives no mail; the address cannot be used.',
  '4.2.2': 'Retries continue until the message expires; the recipient must free space.',
  '5.2.2': 'The recipient must free space before mail can be delivered.',
  '4.4.1': 'Usually transient; delivery is retried automatically. If it persists, check the recipient\'s mail servers.',
  '4.4.2': 'Usually transient; delivery is retried automatically.',
  '4.4.7': 'The message has given up; the sender should receive a delivery failure notice.',
  '5.4.4': 'Check the recipient domain for typos and its MX records.',
  '4.7.1': 'Normal for a first delivery attempt with greylisting; the next retry usually succeeds.',
  '5.7.1': 'Check the message content and the sending IP\'s reputation (blocklists).',
  '5.7.23': 'Add this server to the sender domain\'s SPF record.',
  '5.7.25': 'Give the sending IP address a reverse DNS (PTR) record matching its host name.',
  '5.7.26': 'Fix the sender domain\'s SPF, DKIM and DMARC records.',
};

const CLASS_TEXT: Record<string, { outcome: SmtpOutcome; text: string }> = {
  '2': { outcome: 'success', text: 'Success' },
  '4': { outcome: 'temporary', text: 'Temporary failure, will be retried' },
  '5': { outcome: 'permanent', text: 'Permanent failure, will not be retried' },
};

const ENHANCED_PATTERN = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** The meaning of a basic reply code such as 550, or undefined for an unknown or malformed code. */
export function explainReplyCode(code: number): string | undefined {
  if (!Number.isInteger(code) || code < 200 || code > 599) return undefined;
  const known = REPLY_CODES[code];
  if (known) return known;
  switch (Math.floor(code / 100)) {
    case 2:
      return 'Success.';
    case 3:
      return 'The receiving server waits for more input.';
    case 4:
      return 'Temporary failure at the receiving server; the delivery will be retried.';
    case 5:
      return 'Permanent failure at the receiving server; the delivery will not be retried.';
    default:
      return undefined;
  }
}

/** The meaning of an enhanced status code such as "5.1.1", or undefined when it is malformed. */
export function explainEnhancedCode(enhanced: string): string | undefined {
  const match = ENHANCED_PATTERN.exec(enhanced.trim());
  if (!match) return undefined;
  const [, cls, subject, detail] = match as unknown as [string, string, string, string];
  if (cls === '2' && subject === '0' && detail === '0') return 'Delivered: the receiving server accepted the message.';
  const classText = CLASS_TEXT[cls]!.text;
  const specific = ENHANCED_DETAILS[`${Number(subject)}.${Number(detail)}`];
  if (specific) return `${specific} (${classText.toLowerCase()}.)`;
  const general = ENHANCED_DETAILS[`${Number(subject)}.0`];
  return general ? `${general} (${classText.toLowerCase()}.)` : `${classText}.`;
}

function outcomeOf(code: number | null | undefined, enhanced: string | null | undefined): SmtpOutcome {
  const cls = enhanced ? ENHANCED_PATTERN.exec(enhanced.trim())?.[1] : undefined;
  if (cls) return CLASS_TEXT[cls]!.outcome;
  if (typeof code === 'number') {
    const first = Math.floor(code / 100);
    if (first === 2) return 'success';
    if (first === 3) return 'intermediate';
    if (first === 4) return 'temporary';
    if (first === 5) return 'permanent';
  }
  return 'unknown';
}

/**
 * One explanation for a reply: the specific meaning of well-known code pairs (451 4.7.1 is
 * greylisting), else the enhanced code's meaning, else the basic code's.
 */
export function explainSmtpReply(code?: number | null, enhanced?: string | null): SmtpExplanation {
  const outcome = outcomeOf(code, enhanced);
  const normalised = enhanced?.trim() ?? '';
  const combined = typeof code === 'number' && normalised ? COMBINED[`${code} ${normalised}`] : undefined;
  if (combined) return { outcome, ...combined };
  const enhancedText = normalised ? explainEnhancedCode(normalised) : undefined;
  const codeText = typeof code === 'number' ? explainReplyCode(code) : undefined;
  const summary = enhancedText ?? codeText ?? 'No explanation is known for this reply.';
  const advice = ADVICE[normalised];
  return advice ? { outcome, summary, advice } : { outcome, summary };
}

const ERROR_TYPES: Record<string, string> = {
  dnsError: 'Looking up the recipient domain in DNS failed.',
  unexpectedResponse: 'The receiving server answered with an error.',
  connectionError: 'Could not connect to the receiving server.',
  tlsError: 'The encrypted (TLS) connection to the receiving server failed.',
  daneError: 'The receiving server\'s certificate did not match its DANE (TLSA) records.',
  mtaStsError: 'The recipient domain\'s MTA-STS policy could not be satisfied.',
  rateLimited: 'Delivery was held back by a sending rate limit.',
  concurrencyLimited: 'Delivery was held back because too many connections were already open.',
  io: 'A local input/output error occurred (or the delivery was cancelled).',
};

/** The meaning of a delivery error type (x:QueuedMessage DeliveryError.errorType). */
export function explainDeliveryErrorType(errorType: string): string {
  return ERROR_TYPES[errorType] ?? `Delivery error "${errorType}".`;
}
