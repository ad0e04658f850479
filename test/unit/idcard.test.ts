import { describe, expect, it } from 'vitest';
import { checkCharFor, maskBankAccount, maskIdNumber, parseIdNumber } from '../../electron/contract/idcard';

const TODAY = new Date('2026-11-23T00:00:00Z');

describe('身份证号 (GB 11643-1999)', () => {
  it('accepts a valid number and derives birth date and gender', () => {
    // Standard example from GB 11643-1999: 11010519491231002X is a woman born 1949-12-31.
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({ idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'F' });
    // digit 17 odd = male
    const male = '45102220050315001' + checkCharFor('45102220050315001');
    expect(parseIdNumber(male, TODAY)).toMatchObject({ birthDate: '2005-03-15', gender: 'M' });
  });

  it('normalises a lower-case x and surrounding spaces', () => {
    expect(parseIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({ idNumber: '11010519491231002X' });
  });

  it('refuses a wrong check character', () => {
    expect(parseIdNumber('110105194912310021', TODAY)).toEqual({ problem: 'id_checksum' });
  });

  it('refuses impossible and future birth dates', () => {
    const feb30 = '44088120060230001';
    expect(parseIdNumber(feb30 + checkCharFor(feb30), TODAY)).toEqual({ problem: 'id_birthdate' });
    const future = '44088120270101001';
    expect(parseIdNumber(future + checkCharFor(future), TODAY)).toEqual({ problem: 'id_birthdate' });
  });

  it('refuses 15-digit legacy numbers with their own message', () => {
    expect(parseIdNumber('110105491231002', TODAY)).toEqual({ problem: 'id_legacy15' });
  });

  it('refuses wrong length and letters inside', () => {
    expect(parseIdNumber('1101051949123100', TODAY)).toEqual({ problem: 'id_length' });
    expect(parseIdNumber('11010519491231X02X', TODAY)).toEqual({ problem: 'id_chars' });
  });

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('452101200503150012')).toBe('4521**********0012');
    expect(maskBankAccount('6228480012345678901')).toBe('**** 8901');
    expect(maskBankAccount('')).toBe('');
  });
});
