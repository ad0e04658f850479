import { describe, expect, it } from 'vitest';
import { planCohorts, planDemo, programmeSize } from '../../electron/backend/demo/plan';
import { BRIEF_TOTAL, intakesAsOf, PROJECTS } from '../../electron/backend/demo/programme';

/** The same as-of day as demo.test.ts, whose data the generator writes from these plans. */
const OPTS = { students: 300, seed: 42, asOf: '2025-11-30' };

/** The demo's plan before anything is written: the seeds' cohorts, and the programme at its own size. */
describe('demo plan', () => {
  it('keeps the seeds’ intakes and carries 百色 and 汕尾 on yearly to the as-of day’s academic year', async () => {
    const seeds = PROJECTS.flatMap((p) => p.intakes.map((i) => ({ project: p.name, year: i.year, size: i.size })));
    expect(BRIEF_TOTAL).toBe(1136);
    // At their own sizes (the demo's default), the seeds' cohorts are exactly the brief's.
    const own = planCohorts(programmeSize(OPTS.asOf), OPTS.asOf);
    for (const i of seeds) expect(own.find((c) => c.project.name === i.project && c.intakeYear === i.year)).toMatchObject({ size: i.size, invented: false });
    const invented = own.filter((c) => c.invented);
    expect(new Set(invented.map((c) => c.project.name))).toEqual(new Set(['广西百色', '广东汕尾']));
    expect(invented.map((c) => c.intakeYear).sort()).toEqual([2020, 2020, 2021, 2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025, 2025]);
    for (const c of invented) expect(Math.abs(c.size - 100), `${c.project.name} ${c.intakeYear}`).toBeLessThanOrEqual(20);
    // An intake enrols on 1 September: one day earlier it is not there yet, and nor is its invented size changed by a later date.
    expect(intakesAsOf('2026-08-31').some((i) => i.year === 2026)).toBe(false);
    expect(intakesAsOf('2026-09-01').filter((i) => i.year === 2026)).toHaveLength(2);
    expect(intakesAsOf('2026-09-01').filter((i) => i.year <= 2025)).toEqual(intakesAsOf(OPTS.asOf));
    expect(intakesAsOf('2018-11-30').some((i) => i.year === 2019)).toBe(false);
  });

  describe('at the programme’s own size', () => {
    const plan = planDemo({ ...OPTS, students: programmeSize(OPTS.asOf) });
    const inSchool = (s: (typeof plan.students)[number]) => ['resume', undefined].includes(s.history.at(-1)?.event);

    it('plans some students on leave today and some who took leave and came back, nothing after the as-of day', async () => {
      const running = plan.students.filter((s) => s.fields.expectedGraduation! > OPTS.asOf.slice(0, 7));
      expect(running.filter((s) => s.history.at(-1)?.event === 'suspend').length).toBeGreaterThan(0);
      expect(plan.students.some((s) => s.history.some((e) => e.event === 'resume'))).toBe(true);
      for (const s of plan.students) for (const e of s.history) expect(e.date <= OPTS.asOf).toBe(true);
    });

    it('gives the first counsellor accounts (the ones printed) classes in school today', async () => {
      const printed = plan.staff.filter((s) => s.role === 'counsellor').slice(0, 3);
      for (const { username } of printed) expect(plan.students.some((s) => s.counsellor === username && inSchool(s)), username).toBe(true);
    });
  });
});
