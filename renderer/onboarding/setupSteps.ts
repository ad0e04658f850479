import type { MethodName } from '../../electron/contract';

/** What a fresh install needs before the register is useful, in the order it is best done. */
export const SETUP_STEPS = ['school', 'projects', 'classes', 'users', 'students'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

/** Counts of what exists so far; the checklist ticks a step from these alone. */
export interface SetupFacts {
  schoolName: string;
  projects: number;
  cohorts: number;
  majors: number;
  classes: number;
  counsellors: number;
  students: number;
}

export interface SetupStep {
  key: SetupStepKey;
  done: boolean;
  /** where the step is done */
  to: string;
  /** the contract method whose roles may do it: others are not shown the step */
  method: MethodName;
}

export function setupSteps(f: SetupFacts): SetupStep[] {
  const done: Record<SetupStepKey, boolean> = {
    school: f.schoolName.trim() !== '',
    projects: f.projects > 0 && f.cohorts > 0,
    classes: f.majors > 0 && f.classes > 0,
    users: f.counsellors > 0,
    students: f.students > 0,
  };
  const place: Record<SetupStepKey, { to: string; method: MethodName }> = {
    school: { to: '/settings/general', method: 'settings.update' },
    projects: { to: '/settings/projects', method: 'cohorts.create' },
    classes: { to: '/settings/classes', method: 'classes.create' },
    users: { to: '/settings/users', method: 'users.create' },
    students: { to: '/students/new', method: 'students.create' },
  };
  return SETUP_STEPS.map((key) => ({ key, done: done[key], ...place[key] }));
}
