import type { Contract, InputOf, MethodName, ResultOf } from '../../electron/contract';
import type { ApiErrorBody, Envelope } from '../../electron/contract/errors';

/** A client of the HTTP transport that keeps its own session cookie, as a browser would. */
export class HttpClient {
  private cookie = '';
  constructor(
    readonly baseUrl: string,
    readonly locale = 'zh-CN',
  ) {}

  async raw(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Envelope<unknown>> {
    const res = await fetch(new URL('api/rpc', this.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.cookie ? { Cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify({ method, input, locale: this.locale }),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0].endsWith('=') ? '' : set.split(';')[0];
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    return (await res.json()) as Envelope<unknown>;
  }

  async call<M extends MethodName>(method: M, input: InputOf<Contract[M]>): Promise<ResultOf<Contract[M]>> {
    const env = await this.raw(method, input);
    if (!env.ok) throw Object.assign(new Error(`${method}: ${env.error.code} ${env.error.message}`), { body: env.error });
    return env.result as ResultOf<Contract[M]>;
  }

  /** The error body of a call that must fail. */
  async fail<M extends MethodName>(method: M, input: unknown): Promise<ApiErrorBody> {
    const env = await this.raw(method, input);
    if (env.ok) throw new Error(`${method} succeeded but was expected to fail`);
    return env.error;
  }
}
