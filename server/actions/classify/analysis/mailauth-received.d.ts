// mailauth ships this parser without types: it returns the clauses of one Received field.
declare module 'mailauth/lib/parse-received.js' {
  export function parseReceived(header: string): Record<string, { value?: string; comment?: string } | string | undefined>;
}
