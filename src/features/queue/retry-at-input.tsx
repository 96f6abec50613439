import { useId } from 'react';

/** A labelled date-and-time picker (local time) for "retry at". */
export function RetryAtInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <span className="inline-datetime">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="datetime-local" value={value} onChange={(event) => onChange(event.target.value)} />
    </span>
  );
}
