/** `x:DmarcTroubleshootAuthResult` on the wire: Pass and None carry nothing, the rest an optional `details`. */
export type AuthResult =
  | { '@type': 'Pass' }
  | { '@type': 'None' }
  | { '@type': 'Fail' | 'SoftFail' | 'TempError' | 'PermError' | 'Neutral'; details?: string };

export type AuthResultType = AuthResult['@type'];

/** Builds a result, keeping `details` only on the variants that have the field. */
export function authResult(type: AuthResultType, details?: string): AuthResult {
  if (type === 'Pass' || type === 'None') return { '@type': type };
  return details ? { '@type': type, details } : { '@type': type };
}

/** mailauth status words (`pass`, `softfail`, `temperror`, ...) to the wire variant. */
export function fromMailauthStatus(status: string | undefined, details?: string): AuthResult {
  switch ((status ?? '').toLowerCase()) {
    case 'pass':
      return authResult('Pass');
    case 'fail':
      return authResult('Fail', details);
    case 'softfail':
      return authResult('SoftFail', details);
    case 'neutral':
      return authResult('Neutral', details);
    case 'temperror':
    case 'temperr':
      return authResult('TempError', details);
    case 'permerror':
    case 'policy':
      return authResult('PermError', details);
    default:
      return authResult('None');
  }
}
