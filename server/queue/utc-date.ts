// UTCDateTime on the wire: RFC 3339 in, "YYYY-MM-DDTHH:MM:SSZ" out; the queue keeps whole seconds.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Unix seconds of an RFC 3339 date-time (offsets accepted), or null when malformed. */
export function parseUtcDateTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  let offset = 0;
  if (m[9]) {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offHours > 23 || offMinutes > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (offHours * 60 + offMinutes) * 60;
  }
  // A leap second (":60") is folded into the next second, as a Unix timestamp must.
  return Date.UTC(year, month - 1, day, hour, minute, 0) / 1000 + second - offset;
}

export function formatUtcDateTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
