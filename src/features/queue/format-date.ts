// Dates on the queue screens: local wall-clock time, minute precision, in one fixed shape so
// columns line up; the exact UTC instant stays in the <time dateTime> attribute.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-08-21 11:30" in local time, or "" for a missing or invalid value. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The local zone as an offset from UTC, e.g. "UTC+02:00", for the "times are local" note. */
export function localZoneLabel(at: Date = new Date()): string {
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
