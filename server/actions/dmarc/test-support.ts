import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';

/** An RSA key pair made at test time, with the DNS TXT value publishing its public half. */
export function makeDkimKey(bits = 1024): { privateKey: string; dnsValue: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), dnsValue: `v=DKIM1; k=rsa; p=${spki}` };
}

/** A TXT value written as master-file quoted strings of at most 255 bytes, inside parentheses. */
export function quotedTxt(value: string): string {
  const chunks = value.match(/.{1,200}/g) ?? [''];
  return `( ${chunks.map((c) => `"${c}"`).join('\n    ')} )`;
}

/** Prepends a DKIM-Signature made with the given key. */
export async function signMessage(message: string, signingDomain: string, selector: string, privateKey: string) {
  // mailauth's signer reads only `signatureData` (its typings also list the fields at the top level).
  const entry = { signingDomain, selector, privateKey, canonicalization: 'relaxed/relaxed' };
  const signed = await dkimSign(message, { ...entry, signatureData: [entry] });
  if (signed.errors.length > 0) throw signed.errors[0];
  if (!signed.signatures.trim()) throw new Error('mailauth produced no signature');
  return signed.signatures + message;
}
