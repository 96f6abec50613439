// DMARC relaxed alignment compares organisational domains. Without the Public Suffix List the console
// approximates: the last two labels, or three under a common two-level public suffix.

const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.nz', 'org.nz', 'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'co.kr', 'or.kr',
  'com.br', 'net.br', 'org.br', 'com.cn', 'net.cn', 'org.cn', 'com.mx', 'com.ar', 'com.tr',
  'co.in', 'net.in', 'org.in', 'co.za', 'com.sg', 'com.hk', 'com.tw', 'co.il', 'com.pl',
]);

export function normalizeDomain(domain: string): string {
  return domain.trim().replace(/\.$/, '').toLowerCase();
}

export function organizationalDomain(domain: string): string {
  const labels = normalizeDomain(domain).split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LEVEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

export type Alignment = 'exact' | 'relaxed' | 'none';

/** How an authenticated domain aligns with the From domain. */
export function alignmentOf(authenticated: string, fromDomain: string): Alignment {
  const a = normalizeDomain(authenticated);
  const f = normalizeDomain(fromDomain);
  if (!a || !f) return 'none';
  if (a === f) return 'exact';
  return organizationalDomain(a) === organizationalDomain(f) ? 'relaxed' : 'none';
}
