// Who the signed-in person is allowed to be: GET /api/account (permissions drive what the UI offers).

import { z } from 'zod';
import type { TransportError } from './errors';
import { getJson, malformed } from './get-json';
import { err, ok, type Result } from './result';
import type { SessionSource } from './session';

export const accountInfoSchema = z.object({
  permissions: z.array(z.string()),
  edition: z.enum(['oss', 'community', 'enterprise']),
  locale: z.string(),
});

export type AccountInfo = z.infer<typeof accountInfoSchema>;
export type Edition = AccountInfo['edition'];

export async function fetchAccountInfo(source: SessionSource): Promise<Result<AccountInfo, TransportError>> {
  const body = await getJson(source, '/api/account');
  if (!body.ok) return body;
  const parsed = accountInfoSchema.safeParse(body.value);
  if (!parsed.success) return err(malformed('The account information is malformed', parsed.error));
  return ok(parsed.data);
}
