import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { setup } from '../support/allowances';

const CHILD = path.resolve(__dirname, '../support/crash-batch-child.ts');
const STUDENTS = 60;

describe('a batch cut off mid-generation', () => {
  it('leaves no half batch when the process is killed while writing its lines, and the batch can be made again whole', async () => {
    const s = await setup();
    for (let i = 0; i < STUDENTS; i++) await s.student({ name: `学生${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10)]}` });
    const living = s.policy('生活补贴').id;
    const file = dbFileIn(s.b.dataDir);
    s.b.opened.sqlite.close();

    const run = async (pause: boolean) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, s.b.dataDir, String(living), '2026-11', ...(pause ? ['pause'] : [])], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('mid')) child.kill('SIGKILL');
      });
      const [code, signal] = await once(child, 'exit');
      return [code, signal, out.trim()];
    };
    const count = (sql: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare(sql).get() as { n: number }).n;
      } finally {
        db.close();
      }
    };

    expect(await run(true)).toEqual([null, 'SIGKILL', 'mid']);
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    expect(count('SELECT count(*) AS n FROM allowance_batches')).toBe(0);
    expect(count('SELECT count(*) AS n FROM allowance_lines')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'allowance_batch'")).toBe(0);

    // Started again, the same batch is made whole.
    expect(await run(false)).toEqual([0, null, 'finished']);
    expect(count('SELECT count(*) AS n FROM allowance_batches')).toBe(1);
    expect(count('SELECT count(*) AS n FROM allowance_lines')).toBe(STUDENTS);
  });
});
