import type { Contract, InputOf, MethodName, ResultOf } from '../../contract';
import type { ApiErrorBody } from '../../contract/errors';
import type { ClientInfo } from '../rpc/context';
import type { Backend } from '../rpc/dispatch';

export class CallFailed extends Error {
  constructor(
    readonly method: string,
    readonly body: ApiErrorBody,
  ) {
    const fields = (body.fields ?? []).map((f) => `${f.field}: ${f.message}`).join('; ');
    super(`${method}: ${body.message}${fields ? ` (${fields})` : ''}`);
    this.name = 'CallFailed';
  }
}

/**
 * One user of the backend contract in process, keeping their session the way a transport does
 * (used by the demo generator and the tests).
 */
export class ContractCaller {
  constructor(
    readonly backend: Backend,
    public token: string | null = null,
    readonly locale = 'zh-CN',
    /** where the calls come from, as a transport would say (a browser's address and User-Agent) */
    readonly client: ClientInfo = {},
  ) {}

  /** The whole answer, applying any session change. */
  async envelope(method: string, input: unknown) {
    const { envelope, session } = await this.backend.call({ method, input, locale: this.locale }, this.token, this.client);
    if (session?.kind === 'start') this.token = session.token;
    if (session?.kind === 'end') this.token = null;
    return envelope;
  }

  async call<M extends MethodName>(method: M, input: InputOf<Contract[M]>): Promise<ResultOf<Contract[M]>> {
    const envelope = await this.envelope(method, input);
    if (!envelope.ok) throw new CallFailed(method, envelope.error);
    return envelope.result as ResultOf<Contract[M]>;
  }
}
