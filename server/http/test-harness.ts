// Test support: starts an in-memory sandbox on an ephemeral port and talks to it over HTTP.
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../sandbox';

export const CORE = 'urn:ietf:params:jmap:core';
export const STALWART = 'urn:stalwart:jmap';
export const USING = [CORE, STALWART];

export const basic = (user: string, password = user) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Account ids of the demo principals. */
export const ACCOUNT: Record<string, string> = { admin: 'b', support: 'c', viewer: 'd', mfa: 'e' };

export type Invocation = [string, Record<string, any>, string];

export interface TestSandbox extends RunningSandbox {
  /** POSTs a JMAP request as `user` and returns status and parsed body. */
  post(body: unknown, user?: string, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  /** Runs method calls as `user`; returns methodResponses. */
  call(calls: Invocation[], user?: string, using?: string[]): Promise<Invocation[]>;
  /** Runs one method call and returns its response arguments (fails on an error response). */
  one(name: string, args: Record<string, unknown>, user?: string): Promise<any>;
}

export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ port: 0, memory: true, queue: 0, ...options });
  const post: TestSandbox['post'] = async (body, user = 'admin', headers = {}) => {
    const res = await fetch(`${sandbox.url}/jmap/`, {
      method: 'POST',
      headers: { authorization: basic(user), 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  const call: TestSandbox['call'] = async (calls, user = 'admin', using = USING) => {
    const res = await post({ using, methodCalls: calls }, user);
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.methodResponses;
  };
  const one: TestSandbox['one'] = async (name, args, user = 'admin') => {
    const [response] = await call([[name, { accountId: ACCOUNT[user], ...args }, 'c0']], user);
    if (response[0] !== name) throw new Error(`${name} answered ${JSON.stringify(response)}`);
    return response[1];
  };
  return Object.assign(sandbox, { post, call, one });
}
