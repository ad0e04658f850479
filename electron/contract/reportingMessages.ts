/**
 * The messages of the reports centre (electron/backend/reporting) and its short-course register
 * (electron/backend/trainings). Part of the catalogs in ./messages.ts.
 */
const zh = {
  training_participants_range: '培训人数应为1至100000之间的整数',
  training_registered_range: '建档立卡人数应为0或正整数',
  training_registered_over: '建档立卡人数不能超过培训人数{participants}',
  training_start_too_late: '开始日期不能晚于{latest}（只登记一年以内开班的培训）',
  report_period_order: '统计期间的起始日{from}晚于截止日{to}',
  report_submission_superseded: '该报送已被第{id}号报送取代，请取代最新的一次',
  target_year_range: '年份应为2000至2100之间的整数',
  target_percent_range: '目标应为0至100之间的百分数，最多一位小数',
  target_year_duplicate: '这一年已设了目标，每年只设一个',
  report_pdf_too_large: '文件超过{max}，请附上所发的PDF',
  report_pdf_not_pdf: '这不是PDF文件，请附上所发的PDF',
  report_pdf_exists: '这次报送已附上所发PDF（{fileName}），附上后不能更换',
};

export const reportingMessages: { zh: typeof zh; en: Record<keyof typeof zh, string> } = {
  zh,
  en: {
    training_participants_range: 'People trained: a whole number from 1 to 100,000',
    training_registered_range: '建档立卡 trainees: a whole number, 0 or more',
    training_registered_over: 'Cannot be more than the {participants} people trained',
    training_start_too_late: 'Cannot start after {latest} (only courses starting within a year are entered)',
    report_period_order: 'The period starts on {from}, after its last day, {to}',
    report_submission_superseded: 'Already replaced by submission no. {id}: replace the latest one',
    target_year_range: 'A year from 2000 to 2100',
    target_percent_range: 'A percentage from 0 to 100, at most one decimal',
    target_year_duplicate: 'This year already has a target: one a year',
    report_pdf_too_large: 'The file is over {max}: attach the PDF that was sent',
    report_pdf_not_pdf: 'This is not a PDF: attach the PDF that was sent',
    report_pdf_exists: 'This submission already has its PDF ({fileName}); once attached it is not replaced',
  },
};
