// The server compiles matches() patterns with Rust's `regex` crate. This translates the parts
// of that syntax that real rules use and JavaScript spells differently ((?i) prefixes, (?P<n>),
// \A \z, [[:alpha:]]), and refuses what the Rust engine refuses (look-around, backreferences).

export type RegexResult =
  | { ok: true; regex: RegExp }
  | { ok: false; message: string; /** Rust accepts it; only this engine cannot run it. */ consoleOnly?: true };

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const cache = new Map<string, RegexResult>();

export function compileRustRegex(pattern: string): RegexResult {
  let result = cache.get(pattern);
  if (!result) {
    result = translate(pattern);
    if (cache.size > 2000) cache.clear();
    cache.set(pattern, result);
  }
  return result;
}

function translate(pattern: string): RegexResult {
  let flags = '';
  let rest = pattern;
  // Leading flag groups such as (?i) or (?is) become RegExp flags.
  for (let m = /^\(\?([imsxU]+)\)/.exec(rest); m; m = /^\(\?([imsxU]+)\)/.exec(rest)) {
    for (const flag of m[1]) if (!flags.includes(flag)) flags += flag;
    rest = rest.slice(m[0].length);
  }
  if (flags.includes('U')) return { ok: false, message: 'the U (swap greed) flag is not supported here', consoleOnly: true };
  const extended = flags.includes('x');
  flags = flags.replace('x', '');

  let out = '';
  let inClass = false;
  let unicode = false;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\\') {
      const next = rest[i + 1] ?? '';
      if (/[1-9]/.test(next)) return { ok: false, message: 'backreferences are not supported' };
      if (next === 'p' || next === 'P') unicode = true;
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && next === 'z') out += '$';
      else out += ch + next;
      i++;
      continue;
    }
    if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(rest.slice(i));
      if (posix && POSIX_CLASSES[posix[2]] !== undefined && posix[1] === '') {
        out += POSIX_CLASSES[posix[2]];
        i += posix[0].length - 1;
        continue;
      }
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      // A ']' right after '[' or '[^' is a literal in Rust; JavaScript needs it escaped.
      if (rest[i + 1] === '^') out += rest[++i];
      if (rest[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (extended && /\s/.test(ch)) continue;
    if (extended && ch === '#') {
      while (i < rest.length && rest[i] !== '\n') i++;
      continue;
    }
    if (ch === '(' && rest[i + 1] === '?') {
      const group = rest.slice(i, i + 4);
      if (/^\(\?<?[=!]/.test(group)) {
        return { ok: false, message: 'look-around, including look-ahead and look-behind, is not supported' };
      }
      if (group.startsWith('(?P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      if (/^\(\?[a-zA-Z-]+[:)]/.test(rest.slice(i, i + 12))) {
        return { ok: false, message: 'flags inside the pattern are only supported at its start here', consoleOnly: true };
      }
    }
    out += ch;
  }
  try {
    return { ok: true, regex: new RegExp(out, flags + (unicode ? 'u' : '')) };
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message.replace(/^Invalid regular expression: /, '') : String(caught);
    return { ok: false, message: detail };
  }
}
