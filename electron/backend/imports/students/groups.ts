import { eq } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { classes, cohorts, majors, projects, users } from '../../../../db/schema';
import type { MissingGroups } from '../../../contract/importStudents';
import type { AuthedCtx } from '../../rpc/context';

/** 2019级, 2019, 19级: the intake year a cohort's name gives, or null. */
export function intakeYearOf(name: string): number | null {
  const m = /^(\d{4}|\d{2})级?$/.exec(name.trim());
  if (!m) return null;
  return m[1].length === 4 ? Number(m[1]) : 2000 + Number(m[1]);
}

/** What a new class is made with: the cohort and major of the first record naming it, its counsellor as head teacher. */
export interface ClassTerms {
  cohortId: number;
  majorId: number | null;
  headTeacherId: number | null;
}

interface ClassRow {
  id: number;
  cohortId: number | null;
}

/**
 * The register's projects, cohorts, majors, classes and counsellors by name, read once for a whole
 * sheet; with `plan`, those a sheet names and the register lacks are noted, to be made (or listed).
 */
export class Groups {
  private readonly projects = new Map<string, number>();
  private readonly projectNames = new Map<number, string>();
  private readonly cohorts = new Map<string, number>();
  private readonly majors = new Map<string, number>();
  private readonly classes = new Map<string, ClassRow>();
  private readonly counsellors = new Map<string, number[]>();
  readonly missing: MissingGroups = { cohorts: [], majors: [], classes: [] };

  constructor(db: Db) {
    for (const p of db.select({ id: projects.id, name: projects.name }).from(projects).all()) {
      this.projects.set(p.name, p.id);
      this.projectNames.set(p.id, p.name);
    }
    for (const c of db.select({ id: cohorts.id, projectId: cohorts.projectId, intakeYear: cohorts.intakeYear, name: cohorts.name }).from(cohorts).all()) {
      this.cohorts.set(`${c.projectId}:${c.name}`, c.id);
      this.cohorts.set(`${c.projectId}:${c.intakeYear}`, c.id);
    }
    for (const m of db.select({ id: majors.id, name: majors.name }).from(majors).all()) this.majors.set(m.name, m.id);
    for (const k of db.select({ id: classes.id, name: classes.name, cohortId: classes.cohortId }).from(classes).all()) this.classes.set(k.name, k);
    for (const u of db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.role, 'counsellor')).all()) {
      this.counsellors.set(u.name, [...(this.counsellors.get(u.name) ?? []), u.id]);
    }
  }

  project = (name: string): number | undefined => this.projects.get(name);

  cohort(projectId: number, name: string): number | undefined {
    return this.cohorts.get(`${projectId}:${name}`) ?? this.cohorts.get(`${projectId}:${intakeYearOf(name)}`);
  }

  major = (name: string): number | undefined => this.majors.get(name);
  klass = (name: string): ClassRow | undefined => this.classes.get(name);

  /** The counsellor of that name: undefined when none, 'ambiguous' when two accounts share it. */
  counsellor(name: string): number | 'ambiguous' | undefined {
    const ids = this.counsellors.get(name);
    return ids === undefined ? undefined : ids.length > 1 ? 'ambiguous' : ids[0];
  }

  /** A cohort can be made from its name only when the name gives the intake year. */
  canMakeCohort = (name: string): boolean => intakeYearOf(name) !== null;

  /** Notes a group to be made, once. */
  noteCohort(projectId: number, name: string): void {
    const project = this.projectNames.get(projectId)!;
    if (!this.missing.cohorts.some((c) => c.project === project && intakeYearOf(c.name) === intakeYearOf(name))) this.missing.cohorts.push({ project, name });
  }

  noteMajor(name: string): void {
    if (!this.missing.majors.includes(name)) this.missing.majors.push(name);
  }

  noteClass(name: string, cohort: string): void {
    if (!this.missing.classes.some((c) => c.name === name)) this.missing.classes.push({ name, cohort });
  }

  /**
   * Makes the noted groups, each with its audit entry, and learns their ids: a preview makes them
   * inside a transaction it rolls back, so it checks the records exactly as the import will.
   */
  make(ctx: AuthedCtx, termsOf: (className: string) => ClassTerms | null): void {
    const ts = ctx.now().toISOString();
    for (const { project, name } of this.missing.cohorts) {
      const projectId = this.projects.get(project)!;
      const values = { projectId, intakeYear: intakeYearOf(name)!, name, createdAt: ts, updatedAt: ts };
      const { id } = ctx.db.insert(cohorts).values(values).returning({ id: cohorts.id }).get();
      this.cohorts.set(`${projectId}:${name}`, id);
      this.cohorts.set(`${projectId}:${values.intakeYear}`, id);
      ctx.audit({ action: 'create', entity: 'cohort', entityId: id, after: { project, name } });
    }
    for (const name of this.missing.majors) {
      const { id } = ctx.db.insert(majors).values({ name, createdAt: ts, updatedAt: ts }).returning({ id: majors.id }).get();
      this.majors.set(name, id);
      ctx.audit({ action: 'create', entity: 'major', entityId: id, after: { name } });
    }
    for (const { name } of this.missing.classes) {
      // Asked only now: a new class's cohort may be one made just above.
      const terms = termsOf(name);
      if (!terms) continue;
      const { id } = ctx.db.insert(classes).values({ name, ...terms, createdAt: ts, updatedAt: ts }).returning({ id: classes.id }).get();
      this.classes.set(name, { id, cohortId: terms.cohortId });
      ctx.audit({ action: 'create', entity: 'class', entityId: id, after: { name } });
    }
  }
}
