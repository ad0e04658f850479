import type { Settings } from '../../contract/settings';

/**
 * The settings as the audit log keeps them: each target under a label of its own and in words
 * (2025: 96%), where the whole object would show as JSON.
 */
export function auditedSettings({ targets, ...rest }: Settings) {
  return {
    ...rest,
    'targets.employment': targets.employment.length ? targets.employment.map((t) => `${t.year}: ${t.percent}%`) : null,
    'targets.coverage': targets.coverage === null ? null : `${targets.coverage}%`,
  };
}
