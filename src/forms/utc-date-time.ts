// UTCDateTime travels as RFC 3339; <input type="datetime-local"> speaks "YYYY-MM-DDTHH:mm:ss"
// without a zone. The widget shows and takes UTC so what is typed is what the server stores.

export function isoToLocalInput(iso: unknown): string {
  if (typeof iso !== 'string' || iso === '') return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 19);
}

/** "" when cleared; otherwise a UTC timestamp such as 2026-08-21T10:00:00Z. */
export function localInputToIso(text: string): string {
  if (text === '') return '';
  const withSeconds = /T\d\d:\d\d$/.test(text) ? `${text}:00` : text;
  const date = new Date(`${withSeconds}Z`);
  if (Number.isNaN(date.getTime())) return text;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
