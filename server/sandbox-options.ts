// What startSandbox accepts and what it hands back.
import type { BanRate } from './auth/sign-in-guard';
import type { CoreLimits } from './jmap/method-types';

export interface SandboxOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Directory of sandbox.db. Default <project>/data. */
  dataDir?: string;
  /** Keep the database in memory (nothing persists). */
  memory?: boolean;
  /** Seed of the demo data. Default 1. */
  seed?: number;
  /** Number of demo queued messages. Default 300. */
  queue?: number;
  /** Seed demo data into an empty database. Default true. */
  demo?: boolean;
  /** Zone files for the actions module's DNS resolver. */
  dnsZones?: string[];
  limits?: Partial<CoreLimits>;
  /** Failed sign-ins allowed per IP and per login before the IP is banned; null: no ban. Default 100 a day. */
  authBanRate?: BanRate | null;
  /** How long a ban lasts, in ms; null (default): until the sandbox stops. */
  authBanPeriodMs?: number | null;
  /** How long a request body may take to arrive, in ms. Default 5000. */
  requestBodyTimeoutMs?: number;
  /** The random 50–500 ms pause on each failed sign-in. Default true. */
  authFailureDelay?: boolean;
  /** Send a real server's usePermissiveCors headers on every response. Default false: no CORS headers. */
  permissiveCors?: boolean;
  /** Serve the console and proxy the API to this Stalwart server instead of the sandbox. */
  upstream?: string;
  /** OAuth access token lifetime in seconds. Default 3600. */
  accessTokenTtl?: number;
  /** OAuth refresh token lifetime in seconds. Default 30 days. */
  refreshTokenTtl?: number;
  /** The built console. Default <project>/dist. */
  distDir?: string;
  log?: (message: string) => void;
  /** Port of the demo MX hosts (loopback test mail servers), where live delivery tests connect. 0 (default) picks a free one. */
  mxPort?: number;
  /** Seconds each live delivery step may take when the request gives no `timeout`. Default 30, as on a real server. */
  deliveryTimeout?: number;
  /** Start the demo mail servers for live delivery tests. Default true. */
  mailServers?: boolean;
}

export interface RunningSandbox {
  url: string;
  port: number;
  /** API keys of the demo accounts, new on every start (sandbox mode only). */
  apiKeys: Record<string, string>;
  /** App passwords (`app_…`, through Basic) of the demo accounts with TOTP, new on every start. */
  appPasswords: Record<string, string>;
  /** otpauth:// URIs of the demo accounts with TOTP. */
  totpUris: Record<string, string>;
  /** What was seeded on this start; null when the database already had data (or upstream mode). */
  seeded: { milters: number; spamRules: number; queuedMessages: number } | null;
  dataFile: string | null;
  /** The port of the demo mail servers (null when they are not running). */
  mxPort: number | null;
  close(): Promise<void>;
}
