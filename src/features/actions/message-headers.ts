// Reads the header section of a raw RFC 5322 message: unfolded fields in the order they appear.
// Pure and tolerant: a message pasted with LF line ends or an mbox "From " line still reads.

export interface HeaderField {
  /** As written in the message (compare case-insensitively). */
  name: string;
  /** Unfolded value, surrounding white space removed. */
  value: string;
}

/** The header fields of a raw message, up to the first empty line. */
export function readHeaders(raw: string): HeaderField[] {
  const lines = raw.split(/\r?\n/);
  const fields: HeaderField[] = [];
  let current: { name: string; parts: string[] } | undefined;
  const flush = () => {
    if (current) fields.push({ name: current.name, value: current.parts.join('').trim() });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') break;
    // An mbox separator line ("From alice@example.org Mon Apr 6 ...") before the headers.
    if (i === 0 && line.startsWith('From ')) continue;
    if (/^[ \t]/.test(line)) {
      // A folded continuation: unfolding removes the line break and keeps the white space.
      current?.parts.push(line);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[!-9;-~]+$/.test(line.slice(0, colon))) {
      // Not a header line: the header section is over (a paste without the blank line).
      break;
    }
    flush();
    current = { name: line.slice(0, colon), parts: [line.slice(colon + 1)] };
  }
  flush();
  return fields;
}

/** Values of every field with this name, top to bottom. */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return fields.filter((f) => f.name.toLowerCase() === wanted).map((f) => f.value);
}

/** The first field with this name, or undefined. */
export function firstHeader(fields: readonly HeaderField[], name: string): string | undefined {
  return headerValues(fields, name)[0];
}
