import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Contract, InputOf, MethodName, ResultOf } from '../../electron/contract';
import { ApiError, call } from './client';
import { isAffectedBy } from './invalidation';

/**
 * A read on a client PC whose office host cannot be reached is asked again, less and less often,
 * until the host is back: the page stays as it was meanwhile and a banner says why (renderer/connect).
 */
const UNTIL_HOST_BACK = {
  retry: (_failures: number, e: ApiError) => e.code === 'host_unreachable',
  retryDelay: (failures: number) => Math.min(1000 * 2 ** failures, 15_000),
};

/** A read through the contract, cached by method and input. */
export function useApi<M extends MethodName>(
  method: M,
  input: InputOf<Contract[M]>,
  options: Omit<UseQueryOptions<ResultOf<Contract[M]>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ResultOf<Contract[M]>, ApiError>({ queryKey: [method, input], queryFn: () => call(method, input), ...UNTIL_HOST_BACK, ...options });
}

/**
 * A write through the contract. On success the cached reads it affects (as the contract
 * declares) are refetched; errors without a field are shown as a notification unless the page
 * shows them itself.
 */
export function useApiMutation<M extends MethodName>(method: M, { notifyErrors = true }: { notifyErrors?: boolean } = {}) {
  const client = useQueryClient();
  return useMutation<ResultOf<Contract[M]>, ApiError, InputOf<Contract[M]>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => isAffectedBy(method, q.queryKey) }),
    onError: (e) => {
      if (notifyErrors && !e.fields.length) notifications.show({ color: 'red', message: e.message, autoClose: 8000 });
    },
  });
}

/** Puts each field error from the backend under its input in a @mantine/form form. */
export function showFieldErrors(form: { setFieldError(path: string, error: string): void }, e: unknown): void {
  if (e instanceof ApiError) for (const f of e.fields) form.setFieldError(f.field, f.message);
}
