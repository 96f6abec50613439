// After a failed submit, focus goes to the first invalid control in reading order (not in the
// order fields were registered), or to the form-level message when no field is marked.

export function focusFirstInvalid(root: HTMLElement | null, fallbackId?: string): void {
  if (!root) return;
  const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]:not([disabled])');
  const target = invalid ?? (fallbackId ? document.getElementById(fallbackId) : null);
  if (!target) return;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}
