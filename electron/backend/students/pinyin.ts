import { eq } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';
import type { Db } from '../../../db/open';
import { students } from '../../../db/schema';

/** 黄小明 → { namePinyin: 'huang xiao ming', nameInitials: 'hxm' }; surnames read as surnames (单 = shan). */
export function nameKeys(name: string): { namePinyin: string; nameInitials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true })
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return { namePinyin: syllables.join(' '), nameInitials: syllables.map((s) => s[0]).join('') };
}

/** Fills the pinyin keys of students saved before they existed (migration 0002 adds them empty). */
export function backfillNameKeys(db: Db): number {
  const missing = db.select({ id: students.id, name: students.name }).from(students).where(eq(students.namePinyin, '')).all();
  if (missing.length === 0) return 0;
  db.transaction((tx) => {
    for (const s of missing) tx.update(students).set(nameKeys(s.name)).where(eq(students.id, s.id)).run();
  });
  return missing.length;
}
