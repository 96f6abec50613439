const EMAIL_IN_TEXT =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** Addresses written in a body (plain text or HTML source, `mailto:` links included). */
export function emailsInText(text: string): string[] {
  return [...text.matchAll(EMAIL_IN_TEXT)].map(([address]) => address.replace(/^\.+|\.+$/g, ''));
}
