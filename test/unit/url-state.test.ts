import { describe, expect, it } from 'vitest';
import { param, readUrlState } from '../../renderer/lists/urlState';
import { readListParams } from '../../renderer/students/list/listParams';

const schema = {
  q: param.text(),
  classId: param.id(),
  status: param.oneOf(['enrolled', 'graduated'] as const),
  dir: param.oneOfOr(['asc', 'desc'] as const, 'desc'),
  from: param.isoDate(),
  page: param.page(),
};

describe('a list kept in the URL', () => {
  it('reads what the URL says', () => {
    const state = readUrlState(schema, new URLSearchParams('q=李&classId=12&status=graduated&dir=asc&from=2024-09-01&page=3'));
    expect(state).toEqual({ q: '李', classId: 12, status: 'graduated', dir: 'asc', from: '2024-09-01', page: 3 });
  });

  it('reads a hand-edited or outdated URL as the defaults rather than failing', () => {
    const state = readUrlState(schema, new URLSearchParams('classId=-4&status=expelled&dir=up&from=2024-9-1&page=0'));
    expect(state).toEqual({ q: '', classId: null, status: null, dir: 'desc', from: null, page: 1 });
  });

  it('leaves defaults out of the URL, so the plain list has a plain address', () => {
    expect(param.page().write(1)).toBeNull();
    expect(param.oneOfOr(['asc', 'desc'] as const, 'desc').write('desc')).toBeNull();
    expect(param.text().write('')).toBeNull();
    expect(param.id().write(7)).toBe('7');
  });

  it('gives the register its sort by last change, newest first, by default', () => {
    expect(readListParams(new URLSearchParams(''))).toMatchObject({ sort: 'updatedAt', dir: 'desc', page: 1, pageSize: 50 });
  });
});
