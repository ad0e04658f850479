import type { Contract, InputOf, MethodName, ResultOf } from '../../contract';
import type { ApiErrorBody } from '../../contract/errors';
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

/** One signed-in user of the backend contract, the way a transport drives it. */
export class ContractCaller {
  constructor(
    private readonly backend: Backend,
    private token: string | null = null,
  ) {}

  call<M extends MethodName>(method: M, input: InputOf<Contract[M]>): ResultOf<Contract[M]> {
    const { envelope, session } = this.backend.call({ method, input, locale: 'zh-CN' }, this.token);
    if (session?.kind === 'start') this.token = session.token;
    if (session?.kind === 'end') this.token = null;
    if (!envelope.ok) throw new CallFailed(method, envelope.error);
    return envelope.result as ResultOf<Contract[M]>;
  }
}
