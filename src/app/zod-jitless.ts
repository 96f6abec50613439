// zod compiles fast parsers with `new Function` unless told not to, and probes for it first; under
// the console's CSP (no 'unsafe-eval') that probe is reported as a violation on every page.
// Imported first by main.tsx, so this runs before any schema is built.
import { config } from 'zod';

config({ jitless: true });
