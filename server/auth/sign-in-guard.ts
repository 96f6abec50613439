// Failed sign-ins as the server handles them: a random 50–500 ms pause on each failure, and
// failures counted per IP and per login in fixed windows; past the rate the IP is banned
// (the failing request gets 429, every later request from the IP 403) for the ban period.
// Any sign-in path (Basic, API keys, OAuth) reports its failures here.

export interface BanRate {
  /** Failures allowed per IP and per login within one period. */
  count: number;
  periodMs: number;
}

/** The server's default x:Security.authBanRate: 100 a day. */
export const DEFAULT_AUTH_BAN_RATE: BanRate = { count: 100, periodMs: 86_400_000 };

export interface SignInGuardOptions {
  /** null turns the ban off. Default 100 a day. */
  banRate?: BanRate | null;
  /** How long a ban lasts; null (the default): until the sandbox stops. */
  banPeriodMs?: number | null;
  /** The random 50–500 ms pause on each failure. Default true. */
  failureDelay?: boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const MIN_DELAY_MS = 50;
const MAX_DELAY_MS = 500;
/** Counters of finished windows are dropped once this many keys are held. */
const PRUNE_AT = 10_000;

/** Fixed-window counters: the window is floor(now / period), as the server's rate buckets are. */
class WindowCounter {
  private readonly counts = new Map<string, { window: number; count: number }>();

  /** Counts one more failure for `key`; answers the count within the current window. */
  hit(key: string, window: number): number {
    if (this.counts.size >= PRUNE_AT) for (const [k, v] of this.counts) if (v.window !== window) this.counts.delete(k);
    const entry = this.counts.get(key);
    const count = entry && entry.window === window ? entry.count + 1 : 1;
    this.counts.set(key, { window, count });
    return count;
  }
}

export class SignInGuard {
  private readonly rate: BanRate | null;
  private readonly banPeriodMs: number | null;
  private readonly delay: boolean;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly byIp = new WindowCounter();
  private readonly byLogin = new WindowCounter();
  /** Banned IP -> end of the ban (Infinity: until stop). */
  private readonly banned = new Map<string, number>();

  constructor(options: SignInGuardOptions = {}) {
    this.rate = options.banRate === undefined ? DEFAULT_AUTH_BAN_RATE : options.banRate;
    this.banPeriodMs = options.banPeriodMs ?? null;
    this.delay = options.failureDelay ?? true;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** Whether requests from `ip` are refused (403) because of an earlier ban. */
  isBanned(ip: string): boolean {
    const until = this.banned.get(ip);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.banned.delete(ip);
    return false;
  }

  /**
   * Records one failed sign-in from `ip` for `login` (null when the credential names no login,
   * as a bearer token). Waits the failure delay first. `banned: true` means this failure crossed
   * the rate: answer it with 429 "Too Many Authentication Attempts".
   */
  async recordFailure(ip: string, login: string | null): Promise<{ banned: boolean }> {
    if (this.delay) await this.sleep(MIN_DELAY_MS + Math.floor(this.random() * (MAX_DELAY_MS - MIN_DELAY_MS)));
    if (!this.rate) return { banned: false };
    const window = Math.floor(this.now() / Math.max(1, this.rate.periodMs));
    // Like the server, the login is counted only while the IP itself is under the rate.
    const over = this.byIp.hit(ip, window) > this.rate.count || (!!login && this.byLogin.hit(login, window) > this.rate.count);
    if (!over) return { banned: false };
    this.banned.set(ip, this.banPeriodMs === null ? Infinity : this.now() + this.banPeriodMs);
    return { banned: true };
  }
}
