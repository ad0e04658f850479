import type { BANK_ENCODINGS, BANK_FILE_FORMATS, BANK_LEFT_OUT, BankColumn, BankSeparator } from './allowanceBankFiles';

type Words<Code extends string> = Record<Code, { zh: string; en: string }>;

/**
 * The bank templates' codes, part of LABELS (./labels.ts). A column's Chinese word is also its
 * header in the file: banks read Chinese headers whatever the user's language.
 */
export const BANK_LABELS = {
  bankColumn: {
    accountName: { zh: '户名', en: 'Account name' },
    account: { zh: '账号', en: 'Account number' },
    amount: { zh: '金额', en: 'Amount' },
    idNumber: { zh: '身份证号', en: 'ID number' },
    bankName: { zh: '开户行', en: 'Bank' },
    purpose: { zh: '用途', en: 'Purpose' },
    note: { zh: '备注', en: 'Note' },
    phone: { zh: '手机号', en: 'Mobile' },
  } satisfies Words<BankColumn>,
  bankFileFormat: {
    xlsx: { zh: 'Excel 表格（.xlsx）', en: 'Excel sheet (.xlsx)' },
    text: { zh: '文本文件（.txt）', en: 'Text file (.txt)' },
  } satisfies Words<(typeof BANK_FILE_FORMATS)[number]>,
  bankSeparator: {
    comma: { zh: '逗号 ,', en: 'Comma ,' },
    pipe: { zh: '竖线 |', en: 'Bar |' },
    tab: { zh: '制表符（Tab）', en: 'Tab' },
  } satisfies Words<BankSeparator>,
  bankEncoding: {
    gbk: { zh: 'GBK', en: 'GBK' },
    utf8: { zh: 'UTF-8', en: 'UTF-8' },
  } satisfies Words<(typeof BANK_ENCODINGS)[number]>,
  /** why a student of the batch is not in its bank file */
  bankLeftOut: {
    nothing_to_pay: { zh: '冲减后无应付金额', en: 'Nothing to pay after reversals' },
    no_bank_account: { zh: '无银行账号', en: 'No bank account' },
    account_name: { zh: '开户名与姓名不符', en: 'Account not in the student’s name' },
  } satisfies Words<(typeof BANK_LEFT_OUT)[number]>,
};
