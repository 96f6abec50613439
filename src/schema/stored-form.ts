// How the server rewrites a string before storing it, so a form can show the stored form while the
// person types. Stalwart 0.16 (crates/registry/src/types/string.rs, applied per property in
// src/schema/structs_impl.rs): a SpamRule name is upper-cased, then loses every whitespace
// character; a milter hostname is trimmed.
export type StringRewrite = 'trim' | 'uppercase' | 'removeSpaces';

export function storedForm(value: string, rewrites: readonly StringRewrite[]): string {
  return rewrites.reduce((text, rewrite) => {
    switch (rewrite) {
      case 'trim':
        return text.trim();
      case 'uppercase':
        return text.toUpperCase();
      case 'removeSpaces':
        return text.replace(/\s/gu, '');
    }
  }, value);
}

/** The rewrites of a SpamRule's name (its Rule ID). */
export const RULE_NAME_REWRITES: readonly StringRewrite[] = ['uppercase', 'removeSpaces'];
