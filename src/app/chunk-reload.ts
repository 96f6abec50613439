// After an upgrade the old chunk names are gone and the server answers index.html for them, so a
// dynamic import fails. Reloading once fetches the new index.html and its new chunk names; the
// flag (per tab) stops a reload loop when the chunk is missing for another reason.

const FLAG = 'postmaster.chunkReload';

/** True when the page is reloading to recover; false when it already tried once. */
export function reloadOnceForMissingChunk(): boolean {
  try {
    if (window.sessionStorage.getItem(FLAG) !== null) return false;
    window.sessionStorage.setItem(FLAG, String(Date.now()));
  } catch {
    return false; // without storage a reload could loop
  }
  window.location.reload();
  return true;
}

/** A chunk loaded: a later failure may reload again. */
export function chunkLoaded(): void {
  try {
    window.sessionStorage.removeItem(FLAG);
  } catch {
    // nothing stored
  }
}
