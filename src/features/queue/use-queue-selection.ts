// Which messages a bulk action applies to: chosen rows (by id, kept across pages and refreshes) or
// every message matching the current filter. A new filter starts a new selection.

import { useCallback, useMemo, useState } from 'react';
import type { QueueListItem } from './queue-queries';

export type QueueSelection =
  | { mode: 'rows'; rows: ReadonlyMap<string, string> }
  | { mode: 'matching' };

const EMPTY: QueueSelection = { mode: 'rows', rows: new Map() };

export function useQueueSelection(resetKey: string) {
  const [state, setState] = useState<{ key: string; selection: QueueSelection }>({ key: resetKey, selection: EMPTY });
  // Reset during render (not in an effect) so a stale selection is never shown for a new filter.
  const current = state.key === resetKey ? state.selection : EMPTY;
  if (state.key !== resetKey) setState({ key: resetKey, selection: EMPTY });

  const update = useCallback(
    (next: (selection: QueueSelection) => QueueSelection) =>
      setState((s) => ({ key: resetKey, selection: next(s.key === resetKey ? s.selection : EMPTY) })),
    [resetKey],
  );

  const setRows = useCallback(
    (items: readonly QueueListItem[], selected: boolean) =>
      update((s) => {
        const rows = new Map(s.mode === 'rows' ? s.rows : []);
        for (const item of items) {
          if (selected) rows.set(item.id, item.returnPath);
          else rows.delete(item.id);
        }
        return { mode: 'rows', rows };
      }),
    [update],
  );

  const toggle = useCallback((item: QueueListItem, selected: boolean) => setRows([item], selected), [setRows]);
  const selectMatching = useCallback(() => update(() => ({ mode: 'matching' })), [update]);
  const clear = useCallback(() => update(() => EMPTY), [update]);
  const remove = useCallback(
    (ids: readonly string[]) =>
      update((s) => {
        if (s.mode !== 'rows') return s;
        const rows = new Map(s.rows);
        for (const id of ids) rows.delete(id);
        return { mode: 'rows', rows };
      }),
    [update],
  );

  return useMemo(
    () => ({
      selection: current,
      isSelected: (id: string) => current.mode === 'matching' || current.rows.has(id),
      toggle,
      setRows,
      selectMatching,
      clear,
      remove,
    }),
    [current, toggle, setRows, selectMatching, clear, remove],
  );
}

export type QueueSelectionApi = ReturnType<typeof useQueueSelection>;
