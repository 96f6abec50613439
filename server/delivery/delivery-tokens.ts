// Short-lived tokens for the live delivery stream (an EventSource cannot send headers).
// Like Stalwart's, a token is valid for 60 seconds and grants only `liveDeliveryTest`.
import { randomBytes } from 'node:crypto';

export const DELIVERY_TOKEN_LIFETIME_MS = 60_000;

export class DeliveryTokens {
  private readonly tokens = new Map<string, { username: string; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(username: string): string {
    this.sweep();
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { username, expires: this.now() + DELIVERY_TOKEN_LIFETIME_MS });
    return token;
  }

  /** The username the token was issued to, or null when unknown or expired. */
  validate(token: string): string | null {
    const entry = this.tokens.get(token);
    if (!entry || entry.expires <= this.now()) return null;
    return entry.username;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.tokens) if (entry.expires <= now) this.tokens.delete(token);
  }
}
