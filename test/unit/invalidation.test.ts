import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../electron/contract';
import { isAffectedBy } from '../../renderer/api/invalidation';

const methods = Object.keys(contract) as MethodName[];
const reads = methods.filter((m) => !contract[m].write);
const writes = methods.filter((m) => contract[m].write);

describe('what a write refreshes in the renderer', () => {
  it('is declared by every write, naming only groups of reads that exist', () => {
    for (const write of writes) {
      const affects = contract[write].affects;
      expect(affects, write).toBeDefined();
      for (const prefix of affects!) expect(reads.some((r) => r.startsWith(`${prefix}.`)), `${write} → ${prefix}`).toBe(true);
    }
  });

  it('includes the lists whose student counts a student write changes, and the audit log', () => {
    for (const write of ['students.create', 'students.changeStatus', 'students.bulkApply'] as const) {
      for (const read of ['students.list', 'projects.list', 'cohorts.list', 'majors.list', 'classes.list', 'audit.list'])
        expect(isAffectedBy(write, [read, {}]), `${write} → ${read}`).toBe(true);
      expect(isAffectedBy(write, ['users.list', {}])).toBe(false);
    }
  });

  it('refreshes the placements and the outcome statistics after a status change, which changes who has graduated', () => {
    for (const write of ['students.changeStatus', 'students.voidStatus', 'students.correctStatus', 'students.bulkApply', 'imports.importStudents', 'imports.undo'] as const)
      expect(isAffectedBy(write, ['placements.outcomes', {}]), write).toBe(true);
    expect(isAffectedBy('students.update', ['placements.outcomes', {}])).toBe(false);
  });

  it('puts renamed users under their classes and students, and leaves the register alone on an export', () => {
    expect(isAffectedBy('users.update', ['classes.list', {}])).toBe(true);
    expect(isAffectedBy('users.update', ['students.get', { id: 1 }])).toBe(true);
    expect(isAffectedBy('students.export', ['students.list', {}])).toBe(false);
    expect(isAffectedBy('students.export', ['audit.list', {}])).toBe(true);
  });

  it('matches whole method groups, not names that merely start alike', () => {
    expect(isAffectedBy('settings.update', ['settings.get', {}])).toBe(true);
    expect(isAffectedBy('settings.update', ['settingsArchive.get', {}])).toBe(false);
  });
});
