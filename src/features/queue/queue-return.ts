// "Back to the queue" returns to the view the message was opened from: the same filters, page
// and rows (the URL's query) and the same scroll position. Noted when a message is opened from
// the list; kept for the browser tab (sessionStorage), so a reload of the message keeps it too.

import { getNavigationType } from '../../router/navigation';
import { queueSearchSchema } from './queue-view';

export const LIST_PATH = '/management/queue' as const;
const STORAGE_KEY = 'postmaster.queue.return';

export interface QueueReturn {
  /** The list's query string, "" or "?rcpt=…". */
  search: string;
  /** The page's scroll offset. */
  pageY: number;
  /** The scrolling list's own offset (rows=all). */
  listTop: number;
}

let remembered: QueueReturn | undefined;
/** Set by the Back link: the next list page restores the remembered scroll position. */
let returning = false;

export function rememberQueueView(view: QueueReturn): void {
  remembered = view;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view));
  } catch {
    // Storage may be full or disabled; the in-memory copy still serves this page's life.
  }
}

export function rememberedQueueView(): QueueReturn | undefined {
  if (remembered) return remembered;
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (parsed && typeof parsed === 'object' && typeof (parsed as QueueReturn).search === 'string') {
      remembered = parsed as QueueReturn;
    }
  } catch {
    // Unreadable: behave as if nothing was remembered.
  }
  return remembered;
}

/** Where "Back to the queue" goes, as link options. */
export function queueReturnLink() {
  const query = new URLSearchParams(rememberedQueueView()?.search ?? '');
  return { to: LIST_PATH, search: queueSearchSchema.parse(Object.fromEntries(query)) };
}

export function markReturning(): void {
  returning = true;
}

/**
 * The scroll position to restore on the list page showing `search`: only when it was reached by
 * "Back to the queue" or the browser's back button, and only for the same view. Used once.
 */
export function takeRestorableScroll(search: string): QueueReturn | undefined {
  const wanted = returning || getNavigationType() === 'pop';
  returning = false;
  const view = rememberedQueueView();
  return wanted && view && view.search === search ? view : undefined;
}
