import type Database from 'better-sqlite3';
import type { StudentListInput } from '../../electron/contract/students';

/** One representative register query: the contract input and the same query in hand-written SQL. */
export interface BenchQuery {
  label: string;
  input: StudentListInput;
  /** WHERE clause (or '') and its parameters, over students s and classes k */
  where: string;
  params: unknown[];
  orderBy: string;
  /** parameters of ORDER BY (a search's relevance) */
  orderParams?: unknown[];
}

const PAGE_SIZE = 50;
const DEFAULT_ORDER = 's.updated_at DESC, s.id DESC';

/**
 * A search as office staff make it (they see whole 身份证号): name, 身份证号 and phone contain it,
 * a 学号 starts with it, and a class name contains it when it has 3 characters or a digit; exact
 * names first, then names starting with it, then other name matches, then the rest.
 */
function search(label: string, q: string): BenchQuery {
  const contains = `%${q}%`;
  const start = `${q}%`;
  const classes = [...q].length >= 3 || /\d/.test(q);
  const fields = [`s.name LIKE ? ESCAPE '\\'`, `s.id_number LIKE ? ESCAPE '\\'`, `s.phone LIKE ? ESCAPE '\\'`, `s.student_no LIKE ? ESCAPE '\\'`];
  if (classes) fields.push(`k.name LIKE ? ESCAPE '\\'`);
  return {
    label,
    input: { q },
    where: `WHERE (${fields.join(' OR ')})`,
    params: [contains, contains, contains, start, ...(classes ? [contains] : [])],
    orderBy: `CASE WHEN s.name = ? THEN 0 WHEN s.name LIKE ? ESCAPE '\\' THEN 1 WHEN s.name LIKE ? ESCAPE '\\' THEN 2 ELSE 3 END, ${DEFAULT_ORDER}`,
    orderParams: [q, start, contains],
  };
}

/** The queries the register screen sends most, with values taken from the data. */
export function benchQueries(sqlite: Database.Database): BenchQuery[] {
  const projectId = (sqlite.prepare("SELECT id FROM projects WHERE name = '广东汕尾'").get() as { id: number }).id;
  const total = (sqlite.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n;
  const sample = sqlite.prepare('SELECT name, id_number FROM students WHERE id = ?').get(Math.ceil(total / 2)) as { name: string; id_number: string };
  const nameFragment = sample.name.slice(0, 2);
  const idTail = sample.id_number.slice(-6);
  const deepPage = Math.min(50, Math.ceil(total / PAGE_SIZE));
  return [
    { label: 'first page, default sort', input: {}, where: '', params: [], orderBy: DEFAULT_ORDER },
    { label: `page ${deepPage}`, input: { page: deepPage }, where: '', params: [], orderBy: DEFAULT_ORDER },
    {
      label: 'project + status',
      input: { projectId, status: 'graduated' },
      where: 'WHERE s.project_id = ? AND s.status = ?',
      params: [projectId, 'graduated'],
      orderBy: DEFAULT_ORDER,
    },
    search(`name fragment "${nameFragment}"`, nameFragment),
    search('surname "班"', '班'),
    search(`身份证号 tail "${idTail}"`, idTail),
    { label: 'sort by class', input: { sort: 'className', dir: 'asc' }, where: '', params: [], orderBy: 'k.name ASC, s.id ASC' },
    {
      label: 'sort by status',
      input: { sort: 'status', dir: 'asc' },
      where: '',
      params: [],
      orderBy: `CASE s.status WHEN 'enrolled' THEN 0 WHEN 'suspended' THEN 1 WHEN 'withdrawn' THEN 2 WHEN 'graduated' THEN 3 WHEN 'completed' THEN 4 END ASC, s.id ASC`,
    },
  ];
}

export interface DirectQuery {
  countSql: string;
  rowsSql: string;
  run(): { total: number; ids: number[] };
}

/** The query `students.list` makes, written by hand and prepared once, as a direct-SQL program would. */
export function directQuery(sqlite: Database.Database, q: BenchQuery): DirectQuery {
  // As in the backend, the count joins classes only when a search looks at the class name.
  const join = q.where.includes('k.') ? 'LEFT JOIN classes k ON k.id = s.class_id' : '';
  const countSql = `SELECT count(*) AS total FROM students s ${join} ${q.where}`;
  const rowsSql = `SELECT s.id, s.name, s.student_no, s.gender, s.id_number, s.phone, p.name AS project_name, c.name AS cohort_name,
      m.name AS major_name, k.name AS class_name, u.display_name AS counsellor_name, s.status, s.enrolment_date
    FROM students s
    JOIN projects p ON p.id = s.project_id
    JOIN cohorts c ON c.id = s.cohort_id
    LEFT JOIN majors m ON m.id = s.major_id
    LEFT JOIN classes k ON k.id = s.class_id
    LEFT JOIN users u ON u.id = s.counsellor_id
    ${q.where}
    ORDER BY ${q.orderBy}
    LIMIT ? OFFSET ?`;
  const count = sqlite.prepare(countSql);
  const rows = sqlite.prepare(rowsSql);
  const offset = ((q.input.page ?? 1) - 1) * PAGE_SIZE;
  return {
    countSql,
    rowsSql,
    run() {
      const { total } = count.get(...q.params) as { total: number };
      const page = rows.all(...q.params, ...(q.orderParams ?? []), PAGE_SIZE, offset) as { id: number }[];
      return { total, ids: page.map((r) => r.id) };
    },
  };
}
