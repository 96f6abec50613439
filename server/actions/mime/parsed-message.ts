import { simpleParser, type AddressObject, type EmailAddress } from 'mailparser';
import { checkRawMessage } from './raw-message';
import { headerFields, type HeaderField } from './header-fields';

export interface Mailbox {
  address: string;
  name: string;
}

/** What the spam rules look at in a message. */
export interface ParsedMessage {
  raw: string;
  /** The body section as transmitted (after the empty line), transfer encodings untouched. */
  rawBody: string;
  headers: HeaderField[];
  from: Mailbox | undefined;
  sender: Mailbox | undefined;
  replyTo: Mailbox | undefined;
  to: Mailbox[];
  cc: Mailbox[];
  bcc: Mailbox[];
  subject: string;
  /** Decoded text/plain content ("" when the message has none). */
  text: string;
  /** Decoded text/html source ("" when the message has none). */
  html: string;
  /** Readable text: the plain part, or the HTML with tags removed. */
  body: string;
}

export type ParseOutcome = { ok: true; message: ParsedMessage } | { ok: false; reason: string };

/** Parses a raw RFC 5322 message; anything without a header section and body separator is refused. */
export async function parseMessage(raw: string): Promise<ParseOutcome> {
  const check = checkRawMessage(raw);
  if (!check.ok) return { ok: false, reason: check.reason };
  let mail;
  try {
    mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const headers = headerFields(check.headerLines);
  const senderField = headers.find((h) => h.name.toLowerCase() === 'sender');
  const text = mail.text ?? '';
  const html = typeof mail.html === 'string' ? mail.html : '';
  const separator = /\r?\n\r?\n/.exec(raw)!;
  return {
    ok: true,
    message: {
      raw,
      rawBody: raw.slice(separator.index + separator[0].length),
      headers,
      from: mailboxes(mail.from)[0],
      sender: senderField ? firstMailbox(senderField.value) : undefined,
      replyTo: mailboxes(mail.replyTo)[0],
      to: mailboxes(mail.to),
      cc: mailboxes(mail.cc),
      bcc: mailboxes(mail.bcc),
      subject: mail.subject ?? '',
      text,
      html,
      body: text.trim() !== '' ? text : htmlToText(html),
    },
  };
}

function mailboxes(field: AddressObject | AddressObject[] | undefined): Mailbox[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const flatten = (list: EmailAddress[]): EmailAddress[] => list.flatMap((a) => (a.group ? flatten(a.group) : [a]));
  return objects
    .flatMap((o) => flatten(o.value))
    .filter((a) => a.address)
    .map((a) => ({ address: a.address!, name: a.name ?? '' }));
}

/** A bare `addr-spec` or `Name <addr>` value. */
function firstMailbox(value: string): Mailbox | undefined {
  const angle = /^(.*?)<([^>]+)>/.exec(value);
  if (angle) return { address: angle[2].trim(), name: angle[1].trim().replace(/^"|"$/g, '') };
  return value.includes('@') ? { address: value.trim(), name: '' } : undefined;
}

/** Visible text of HTML: scripts and styles dropped, block ends as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/gi, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
