// Durations travel as integer milliseconds and sizes as integer bytes; people read units.

export const durationUnits = [
  { unit: 'ms', label: 'milliseconds', factor: 1 },
  { unit: 's', label: 'seconds', factor: 1000 },
  { unit: 'min', label: 'minutes', factor: 60_000 },
  { unit: 'h', label: 'hours', factor: 3_600_000 },
  { unit: 'd', label: 'days', factor: 86_400_000 },
] as const;

export const sizeUnits = [
  { unit: 'B', label: 'bytes', factor: 1 },
  { unit: 'KB', label: 'kilobytes', factor: 1024 },
  { unit: 'MB', label: 'megabytes', factor: 1024 ** 2 },
  { unit: 'GB', label: 'gigabytes', factor: 1024 ** 3 },
  { unit: 'TB', label: 'terabytes', factor: 1024 ** 4 },
] as const;

type Unit = { unit: string; factor: number };

/** The largest unit that shows the amount as a whole number. */
export function splitAmount(amount: number, units: readonly Unit[]): { value: number; unit: string } {
  for (let i = units.length - 1; i > 0; i--) {
    if (amount !== 0 && amount % units[i].factor === 0) return { value: amount / units[i].factor, unit: units[i].unit };
  }
  return { value: amount, unit: units[0].unit };
}

export function joinAmount(value: number, unit: string, units: readonly Unit[]): number {
  const factor = units.find((u) => u.unit === unit)?.factor ?? 1;
  return Math.round(value * factor);
}

export function formatDuration(ms: number): string {
  const { value, unit } = splitAmount(ms, durationUnits);
  return `${value} ${unit}`;
}

export function formatSize(bytes: number): string {
  for (let i = sizeUnits.length - 1; i > 0; i--) {
    if (bytes >= sizeUnits[i].factor) {
      const v = bytes / sizeUnits[i].factor;
      return `${v >= 10 || Number.isInteger(v) ? Math.round(v) : v.toFixed(1)} ${sizeUnits[i].unit}`;
    }
  }
  return `${bytes} B`;
}

/** A size limit for an error message: the exact byte count, and in the largest unit that reads well. */
export function formatSizeBound(bytes: number): string {
  const exact = `${bytes.toLocaleString('en')} bytes`;
  return bytes >= 1024 ? `${exact} (${formatSize(bytes)})` : exact;
}

/** A duration limit for an error message, in the largest unit it fills, rounded down. */
export function formatDurationBound(ms: number): string {
  const unit = [...durationUnits].reverse().find((u) => ms >= u.factor) ?? durationUnits[0];
  const amount = Math.floor(ms / unit.factor);
  return `${amount.toLocaleString('en')} ${amount === 1 ? unit.label.replace(/s$/, '') : unit.label}`;
}
