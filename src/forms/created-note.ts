// A one-time note handed from a create form to the new object's page, across the navigation
// between them (the page shows it once; a reload does not bring it back).
const notes = new Map<string, string>();

export function leaveCreatedNote(id: string, text: string): void {
  notes.set(id, text);
}

export function takeCreatedNote(id: string): string | undefined {
  const text = notes.get(id);
  notes.delete(id);
  return text;
}
