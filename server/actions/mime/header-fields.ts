import { decodeEncodedWords } from './encoded-words';

export interface HeaderField {
  /** Name as written. */
  name: string;
  /** Value exactly as in the message after the colon, folding included. */
  raw: string;
  /** Unfolded, encoded words decoded, trimmed. */
  value: string;
}

/** Splits header lines (from checkRawMessage) into fields, in message order. */
export function headerFields(lines: readonly string[]): HeaderField[] {
  const fields: Array<{ name: string; raw: string }> = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && fields.length > 0) {
      fields[fields.length - 1].raw += `\r\n${line}`;
      continue;
    }
    const colon = line.indexOf(':');
    fields.push({ name: line.slice(0, colon).trimEnd(), raw: line.slice(colon + 1) });
  }
  return fields.map(({ name, raw }) => ({
    name,
    raw,
    value: decodeEncodedWords(raw.replace(/\r?\n(?=[ \t])/g, '')).trim(),
  }));
}

/** Parameters of a structured value such as `text/plain; charset="utf-8"`, as `name=value` (name lower case). */
export function headerAttributes(value: string): string[] {
  const attributes: string[] = [];
  const params = /;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (const [, name, rawValue] of value.matchAll(params)) {
    const text = rawValue.startsWith('"') ? rawValue.slice(1, -1).replace(/\\(.)/g, '$1') : rawValue.trim();
    attributes.push(`${name.toLowerCase()}=${text}`);
  }
  return attributes;
}
