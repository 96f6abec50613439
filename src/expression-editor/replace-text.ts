// Replaces a range of a textarea's text the way typing would, so native undo (Ctrl+Z) covers
// completions and applied suggestions. execCommand is the only API browsers offer for that.

/** Returns false when the browser refused; the caller then sets the value itself. */
export function replaceText(textarea: HTMLTextAreaElement, start: number, end: number, text: string): boolean {
  if (document.activeElement !== textarea) textarea.focus();
  textarea.setSelectionRange(start, end);
  let done = false;
  try {
    done = typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  return done && textarea.value.slice(start, start + text.length) === text;
}
