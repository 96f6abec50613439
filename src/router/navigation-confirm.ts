// Who asks "leave with unsaved changes?": window.confirm until the app mounts its own dialog.

/** Asks the person whether to leave; resolves true to go ahead. */
export type NavigationConfirmer = (message: string) => Promise<boolean>;

let confirmer: NavigationConfirmer = (message) => Promise.resolve(window.confirm(message));

export function confirmLeave(message: string): Promise<boolean> {
  return confirmer(message);
}

/** Lets the app show its own accessible dialog instead of window.confirm. Returns the undo. */
export function setNavigationConfirmer(next: NavigationConfirmer): () => void {
  const previous = confirmer;
  confirmer = next;
  return () => {
    confirmer = previous;
  };
}
