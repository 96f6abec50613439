// Addresses out of an RFC 5322 address list ("Alice <a@example.org>, b@example.org, team: c@x.y;").
// Display names, quoted strings, comments, groups and source routes are understood; only addr-specs come back.

/** The addr-specs of an address-list header value, in order, without duplicates. */
export function parseAddressList(value: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const piece of splitTopLevel(stripComments(value))) {
    const address = addressOf(piece);
    if (address && !seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      found.push(address);
    }
  }
  return found;
}

/** The domain part of an address (lower case), or undefined when there is none. */
export function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 0 || at === address.length - 1) return undefined;
  return address.slice(at + 1).replace(/\.$/, '').toLowerCase();
}

// Removes (comments), which may nest, outside quoted strings.
function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (depth === 0 && c === '"') quoted = !quoted;
    if (!quoted && c === '(') {
      depth++;
      continue;
    }
    if (!quoted && c === ')' && depth > 0) {
      depth--;
      out += ' ';
      continue;
    }
    if (depth === 0) out += c;
  }
  return out;
}

// Splits at commas, and at the ":" and ";" that open and close a group, outside quotes and <>.
function splitTopLevel(value: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && quoted) {
      current += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"' && !angle) quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    if (!quoted && !angle && (c === ',' || c === ';')) {
      pieces.push(current);
      current = '';
      continue;
    }
    if (!quoted && !angle && c === ':') {
      // "group name:" — what came before is the group's name, not an address.
      current = '';
      continue;
    }
    current += c;
  }
  pieces.push(current);
  return pieces;
}

function addressOf(piece: string): string | undefined {
  const angle = /<([^>]*)>/.exec(piece);
  let candidate = angle ? angle[1]! : piece;
  // A source route "<@relay.example:user@example.org>" keeps only the address.
  if (angle && candidate.includes(':')) candidate = candidate.slice(candidate.lastIndexOf(':') + 1);
  candidate = candidate.trim();
  if (!angle && /\s/.test(candidate)) {
    // A bare word list without <>: take the one token that looks like an address.
    candidate = candidate.split(/\s+/).find((token) => token.includes('@')) ?? '';
  }
  if (!/^[^@\s]+@[^@\s]+$/.test(candidate)) return undefined;
  return candidate;
}
