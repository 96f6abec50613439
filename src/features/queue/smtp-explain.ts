// Plain-language meaning of SMTP reply codes (RFC 5321, RFC 7504) and enhanced status codes
// (RFC 3463 and the codes registered after it), for support staff reading a delivery error.

export type SmtpOutcome = 'success' | 'intermediate' | 'temporary' | 'permanent' | 'unknown';

export interface SmtpExplanation {
  outcome: SmtpOutcome;
  /** One or two sentences: what happened, in words a non-specialist understands. */
  summary: string;
  /** What can be done about it, when there is a useful suggestion. */
  advice?: string;
}

const REPLY_CODES: Record<number, string> = {
  211: 'System status reply.',
  214: 'Help message from the receiving server.',
  220: 'The receiving server is ready.',
  221: 'The receiving server is closing the connection normally.',
  235: 'Authentication succeeded.',
  250: 'Accepted: the receiving server took the command (for the message itself, it was delivered).',
  251: 'The recipient is not local; the receiving server will forward the message.',
  252: 'The receiving server cannot verify the recipient but will try to deliver.',
  334: 'The receiving server waits for authentication data.',
  354: 'The receiving server is ready to receive the message content.',
  421: 'The receiving server is not available right now and closed the connection (busy, overloaded or restarting).',
  432: 'The receiving server requires a password transition before authenticating.',
  450: 'The mailbox is temporarily unavailable (busy, temporarily blocked, or greylisting).',
  451: 'The receiving server had a local problem processing the message (often greylisting or a temporary anti-spam deferral).',
  452: 'The receiving server is temporarily out of storage, or too many recipients were given at once.',
  454: 'Temporary authentication or TLS failure at the receiving server.',
  455: 'The receiving server cannot accept the parameters right now.',
  500: 'The receiving server did not understand a command (syntax error).',
  501: 'A command had invalid parameters or arguments.',
  502: 'The receiving server does not implement a command that was sent.',
  503: 'Commands were sent in the wrong order.',
  504: 'A command parameter is not implemented by the receiving server.',
  521: 'The receiving host does not accept mail at all.',
  523: 'The message is larger than the receiving server accepts.',
  530: 'The receiving server requires authentication or encryption first.',
  534: 'The authentication method is too weak for the receiving server.',
  535: 'The authentication credentials were not accepted.',
  538: 'Encryption is required for the requested authentication method.',
  541: 'The recipient rejected the message (usually as spam).',
  550: 'The mailbox is unavailable: it does not exist, cannot be reached, or the message was refused by policy.',
  551: 'The recipient is not local to the receiving server.',
  552: 'The mailbox is full, or the message exceeds the size the recipient accepts.',
  553: 'The mailbox name is not allowed (an invalid address, or a sender the server does not accept).',
  554: 'The transaction failed; the receiving server refused the message (often as spam or by policy).',
  555: 'The receiving server does not recognise the MAIL FROM or RCPT TO parameters.',
  556: 'The recipient domain does not accept mail.',
};

// Keyed by "subject.detail"; the class digit (2, 4 or 5) is added by the caller.
const ENHANCED_DETAILS: Record<string, string> = {
  '0.0': 'Other or undefined status.',
  '1.0': 'There is a problem with an address.',
  '1.1': 'No such user: the recipient mailbox does not exist at the destination.',
  '1.2': 'Bad destination domain: the recipient domain does not exist or cannot accept mail.',
  '1.3': 'The recipient address is not syntactically valid.',
  '1.4': 'The recipient address is ambiguous (it matches several mailboxes).',
  '1.5': 'The recipient address is valid.',
  '1.6': 'The mailbox has moved and no forwarding address is known.',
  '1.7': 'The sender address is not syntactically valid.',
  '1.8': 'The sender domain is not valid or cannot receive replies.',
  '1.9': 'The message was relayed to a system that does not support delivery status notifications.',
  '1.10': 'The recipient domain has a null MX record: it explicitly accepts no mail.',
  '2.0': 'There is a problem with the recipient mailbox.',
  '2.1': 'The mailbox is disabled and does not accept messages.',
  '2.2': 'Mailbox full: the recipient is over quota.',
  '2.3': 'The message is larger than the recipient accepts.',
  '2.4': 'A mailing list could not be expanded.',
  '3.0': 'There is a problem with the receiving mail system.',
  '3.1': 'The receiving mail system is out of storage.',
  '3.2': 'The receiving system is not accepting network messages right now.',
  '3.3': 'The receiving system does not support a feature the message needs.',
  '3.4': 'The message is too big for the receiving system.',
  '3.5': 'The receiving system is incorrectly configured.',
  '3.6': 'The requested priority was changed by the receiving system.',
  '4.0': 'There is a network or routing problem.',
  '4.1': 'No answer from the receiving host: the connection timed out or was refused.',
  '4.2': 'The connection to the receiving host was dropped or broke.',
  '4.3': 'A directory (DNS) server failed while looking up the destination.',
  '4.4': 'Unable to route: no mail server (MX or address record) was found for the recipient domain.',
  '4.5': 'The mail system is congested; too much mail is being handled.',
  '4.6': 'A routing loop was detected.',
  '4.7': 'Delivery time expired: the message stayed in the queue longer than allowed.',
  '5.0': 'There is an SMTP protocol problem.',
  '5.1': 'A command was not valid.',
  '5.2': 'A command had a syntax error.',
  '5.3': 'Too many recipients were given in one transaction.',
  '5.4': 'A command had invalid arguments.',
  '5.5': 'Wrong protocol version.',
  '5.6': 'An authentication exchange line was too long.',
  '6.0': 'There is a problem with the message content or its encoding.',
  '6.1': 'The message content type is not supported.',
  '6.2': 'The message needs converting, but conversion is not allowed.',
  '6.3': 'The message needs converting, but the receiving side cannot convert it.',
  '6.4': 'The message was converted with some loss of content.',
  '6.5': 'Converting the message failed.',
  '6.6': 'The message content is no longer available.',
  '6.7': 'Non-ASCII addresses are not accepted.',
  '6.8': 'A UTF-8 reply is required.',
  '6.9': 'A message with UTF-8 headers cannot be transferred to this recipient.',
  '7.0': 'Refused for a security or policy reason.',
  '7.1': 'Delivery not authorised: the receiving server refused the message (blocklist, spam or local policy).',
  '7.2': 'Expanding the mailing list is not allowed.',
  '7.3': 'A security conversion is required but not possible.',
  '7.4': 'Security features are not supported.',
  '7.5': 'A cryptographic operation failed.',
  '7.6': 'The cryptographic algorithm is not supported.',
  '7.7': 'The message integrity check failed.',
  '7.8': 'The authentication credentials are invalid.',
  '7.9': 'The authentication mechanism is too weak.',
  '7.10': 'Encryption (TLS) is needed.',
  '7.11': 'Encryption is required for the requested authentication method.',
  '7.12': 'A password transition is needed.',
  '7.13': 'The user account is disabled.',
  '7.14': 'A trust relationship is required.',
  '7.15': 'The message priority is too low.',
  '7.16': 'The message is too big for its priority.',
  '7.17': 'The mailbox owner has changed.',
  '7.18': 'The domain owner has changed.',
  '7.19': 'The "require recipient valid since" check could not be completed.',
  '7.20': 'No passing DKIM signature was found.',
  '7.21': 'No acceptable DKIM signature was found.',
  '7.22': 'No valid DKIM signature matching the author was found.',
  '7.23': 'SPF check failed: this server is not allowed to send for the sender domain.',
  '7.24': 'SPF check could not be completed (error in the sender domain SPF record).',
  '7.25': 'Reverse DNS check failed: the sending IP address has no matching host name.',
  '7.26': 'Authentication failed (DMARC): the message failed SPF and DKIM alignment for the sender domain.',
  '7.27': 'The sender domain has a null MX record, so it cannot receive replies.',
  '7.28': 'Too much mail from this sender (mail flood detected).',
  '7.29': 'ARC validation failed.',
  '7.30': 'REQUIRETLS support is required.',
};

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
