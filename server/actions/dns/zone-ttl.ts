const UNIT_SECONDS: Record<string, number> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };
const MAX_TTL = 2 ** 31 - 1;

/** A TTL token: plain seconds or BIND units (`1h30m`, `2W`); undefined when the token is not a TTL. */
export function parseTtl(token: string): number | undefined {
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    return value <= MAX_TTL ? value : undefined;
  }
  if (!/^(\d+[wdhms])+$/i.test(token)) return undefined;
  let total = 0;
  for (const [, amount, unit] of token.matchAll(/(\d+)([wdhms])/gi)) {
    total += Number(amount) * UNIT_SECONDS[unit.toLowerCase()];
  }
  return total <= MAX_TTL ? total : undefined;
}

/** Whether a token has the shape of a TTL (so an out-of-range value can be reported as such). */
export function looksLikeTtl(token: string): boolean {
  return /^\d+$/.test(token) || /^(\d+[wdhms])+$/i.test(token);
}
