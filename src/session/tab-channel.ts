// The console's tabs on this origin talk over a BroadcastChannel: a new tab asks for the sign-in,
// a signed-in tab offers it, and sign-in and sign-out reach every tab. Messages stay in memory;
// nothing goes through localStorage. One channel per install prefix, so two consoles on one
// origin keep apart.
import { basePath } from '../router/base-path';

export type TabMessage =
  | { type: 'ask'; requestId: string }
  | { type: 'offer'; requestId: string; login: unknown }
  | { type: 'signedIn'; login: unknown }
  | { type: 'signOut' };

let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`postmaster:${basePath() || '/'}`) : null;
  }
  return channel;
}

export function postToTabs(message: TabMessage): void {
  open()?.postMessage(message);
}

export function onTabMessage(handler: (message: TabMessage) => void): () => void {
  const ch = open();
  if (!ch) return () => undefined;
  const listener = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string') {
      handler(data as TabMessage);
    }
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}
