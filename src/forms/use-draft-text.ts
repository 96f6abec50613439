// Widgets whose text is not the model value (numbers, amounts, lines) keep a draft of what was typed.
// An outside change of the value (reset, reload) replaces the draft, unless the draft already stands for it.
import { useState } from 'react';

export function useDraft<D>(value: unknown, toDraft: (value: unknown) => D, matches: (draft: D, value: unknown) => boolean): [D, (draft: D) => void] {
  const [draft, setDraft] = useState<D>(() => toDraft(value));
  const [seen, setSeen] = useState<unknown>(value);
  // Adjusting state while rendering (not in an effect) avoids one frame showing the stale draft.
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!matches(draft, value)) setDraft(toDraft(value));
  }
  return [draft, setDraft];
}
