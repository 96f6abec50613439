import { formatDateTime } from './format-date';

/** A date in local time, with the exact instant for machines and a tooltip. */
export function DateTime({ value, empty = '—' }: { value: string | null | undefined; empty?: string }) {
  const text = formatDateTime(value);
  if (!text) return <>{empty}</>;
  return (
    <time dateTime={value!} title={value!}>
      {text}
    </time>
  );
}
