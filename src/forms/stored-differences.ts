// After a create: which of the values the person gave the server stored differently (a rule ID
// upper-cased, a host name trimmed). Compared in wire form, only for the fields that were sent.
import type { FieldDescriptor } from '../schema/field-descriptor';
import { jsonEqual } from '../schema/wire-codec';
import { formatFieldValue } from './format-value';
import { fromWireValue } from '../schema/wire-codec';

export interface StoredDifference {
  label: string;
  sent: string;
  stored: string;
}

export function storedDifferences(
  fields: readonly FieldDescriptor[],
  sent: Readonly<Record<string, unknown>>,
  stored: Readonly<Record<string, unknown>>,
): StoredDifference[] {
  return fields
    .filter((f) => f.name in sent && !jsonEqual(sent[f.name] ?? null, stored[f.name] ?? null))
    .map((f) => ({
      label: f.label,
      sent: formatFieldValue(f, fromWireValue(f, sent[f.name])),
      stored: formatFieldValue(f, fromWireValue(f, stored[f.name])),
    }));
}

/** One sentence for the notice on the new object's page. */
export function createdNotice(noun: string, differences: readonly StoredDifference[]): string {
  const capital = noun.charAt(0).toUpperCase() + noun.slice(1);
  if (differences.length === 0) return `${capital} created. These are the values the server stored.`;
  const changes = differences.map((d) => `${d.label} “${d.sent}” was stored as “${d.stored}”`).join('; ');
  return `${capital} created. The server stored some values differently: ${changes}.`;
}
