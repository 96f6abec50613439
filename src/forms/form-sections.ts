// Fields grouped by their descriptor's section, sections in the order they first appear.
import type { FieldDescriptor } from '../schema/field-descriptor';

export interface FormSection {
  /** Undefined for fields without a section; they come first, outside any fieldset. */
  title?: string;
  fields: FieldDescriptor[];
}

export function groupSections(fields: readonly FieldDescriptor[]): FormSection[] {
  const loose: FieldDescriptor[] = [];
  const sections = new Map<string, FieldDescriptor[]>();
  for (const f of fields) {
    if (f.section === undefined) loose.push(f);
    else if (sections.has(f.section)) sections.get(f.section)!.push(f);
    else sections.set(f.section, [f]);
  }
  const grouped = [...sections].map(([title, members]) => ({ title, fields: members }));
  return loose.length > 0 ? [{ fields: loose }, ...grouped] : grouped;
}
