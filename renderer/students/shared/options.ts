import type { ComboboxData, ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import type { students } from '../../i18n/zh/students';

type EnumKey = 'gender' | 'povertyStatus' | 'priorEducation' | 'level' | 'status' | 'event';

/** The label of a coded value (gender, status…) in the user's language. */
export function useEnumLabel() {
  const { t } = useTranslation('students');
  return (key: EnumKey, value: string): string => (t(key as EnumKey, { returnObjects: true }) as Record<string, string>)[value] ?? value;
}

/** Select options for a coded value. */
export function useEnumOptions<K extends EnumKey, V extends keyof (typeof students)[K] & string>(key: K, values: readonly V[]): ComboboxItem<V>[] {
  const label = useEnumLabel();
  return values.map((value) => ({ value, label: label(key, value) }));
}

// Reference lists change rarely (the settings pages invalidate them when they do).
const REFERENCE = { staleTime: 5 * 60_000 };

/**
 * Select options for the register's reference lists. Cohorts narrow to a project and classes to
 * a cohort; without a project a cohort is labelled with its project, because every project has
 * its own “2024级”.
 */
export function useReferenceOptions() {
  const { t } = useTranslation('students');
  const projects = useApi('projects.list', {}, REFERENCE).data ?? [];
  const cohorts = useApi('cohorts.list', {}, REFERENCE).data ?? [];
  const majors = useApi('majors.list', {}, REFERENCE).data ?? [];
  const classes = useApi('classes.list', {}, REFERENCE).data ?? [];
  const counsellors = useApi('users.options', { role: 'counsellor' }, REFERENCE).data ?? [];
  return {
    projects: projects.map((p) => ({ value: p.id, label: p.name })),
    cohortsOf: (projectId: number | null) =>
      cohorts
        .filter((c) => projectId === null || c.projectId === projectId)
        .map((c) => ({ value: c.id, label: projectId === null ? `${c.projectName} · ${c.name}` : c.name })),
    majors: majors.map((m) => ({ value: m.id, label: m.name })),
    /**
     * A cohort's classes, and apart from them those with no cohort set (mixed or older classes),
     * which may take a student of any cohort. Without a cohort: every class, under its cohort.
     */
    classesOf: (cohortId: number | null): ComboboxData<number> => {
      const item = (c: (typeof classes)[number]) => ({ value: c.id, label: c.name });
      const shown = cohortId === null ? cohorts : cohorts.filter((c) => c.id === cohortId);
      const groups = shown.map((c) => ({
        group: cohortId === null ? `${c.projectName} · ${c.name}` : t('classGroup.cohort', { cohort: c.name }),
        items: classes.filter((k) => k.cohortId === c.id).map(item),
      }));
      groups.push({ group: t('classGroup.noCohort'), items: classes.filter((k) => k.cohortId === null).map(item) });
      return groups.filter((g) => g.items.length > 0);
    },
    /** Whether a student of `cohortId` may be in class `classId` (what the backend also checks). */
    classFits: (classId: number | null, cohortId: number | null) => {
      const klass = classes.find((c) => c.id === classId);
      return !klass || klass.cohortId === null || klass.cohortId === cohortId;
    },
    counsellors: counsellors.map((u) => ({ value: u.id, label: u.displayName })),
    cohort: (id: number | null) => cohorts.find((c) => c.id === id),
    schoolClass: (id: number | null) => classes.find((c) => c.id === id),
  };
}

export type ReferenceOptions = ReturnType<typeof useReferenceOptions>;
