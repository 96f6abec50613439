/** Header field line: a printable-ASCII name (no colon), optional blanks (obsolete syntax), then a colon. */
const FIELD_LINE = /^[!-9;-~]+[ \t]*:/;

export type RawMessageCheck = { ok: true; headerLines: string[] } | { ok: false; reason: string };

/**
 * Checks that text has an RFC 5322 shape: a header section of fields (and folded continuations),
 * then an empty line. Parsers such as mailparser accept nearly anything, so this decides "unparseable".
 */
export function checkRawMessage(raw: string): RawMessageCheck {
  const separator = /\r?\n\r?\n/.exec(raw);
  if (!separator) return { ok: false, reason: 'no empty line separating the header from the body' };
  const lines = raw.slice(0, separator.index).split(/\r?\n/);
  if (lines.length === 0 || !FIELD_LINE.test(lines[0])) {
    return { ok: false, reason: 'the message does not start with a header field' };
  }
  for (const [index, line] of lines.entries()) {
    if (!FIELD_LINE.test(line) && !/^[ \t]/.test(line)) {
      return { ok: false, reason: `header line ${index + 1} is neither a field nor a continuation` };
    }
  }
  return { ok: true, headerLines: lines };
}

/** Line endings as SMTP delivers them (bare LF becomes CRLF), so signatures are checked over the wire form. */
export function toCrlf(raw: string): string {
  return raw.replace(/\r?\n/g, '\r\n');
}
