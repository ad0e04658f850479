import { contract, type MethodName } from '../../electron/contract';

/**
 * Whether a cached read (its query key starts with the method name) may have changed after
 * `write` succeeded: the reads the contract says it affects, and the audit log, which every
 * write adds to.
 */
export function isAffectedBy(write: MethodName, queryKey: readonly unknown[]): boolean {
  const prefixes = [...(contract[write].affects ?? []), 'audit'];
  const read = String(queryKey[0]);
  return prefixes.some((prefix) => read.startsWith(`${prefix}.`));
}
