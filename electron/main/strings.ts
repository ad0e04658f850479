import type { Locale } from '../contract/messages';

/**
 * Texts of the native parts (menu, dialogs). They follow the Windows display language, since
 * they exist before any page has loaded; Chinese unless Windows is in English.
 */
const zh = {
  file: '文件(&F)',
  print: '打印…',
  savePdf: '另存为 PDF…',
  openDataFolder: '打开数据文件夹',
  quit: '退出',
  edit: '编辑(&E)',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图(&V)',
  reload: '重新加载',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  devTools: '开发者工具',
  help: '帮助(&H)',
  about: (app: string) => `关于${app}`,
  aboutTitle: '关于',
  dataFolder: (dir: string) => `数据文件夹：${dir}`,
  cannotOpenDataFolder: '无法打开数据文件夹',
  pdfTitle: '另存为 PDF',
  pdfFilter: 'PDF 文件',
  printFailed: '打印失败',
  printWhat: '这一页不是报表',
  printWhatDetail: '报表从各页面的打印按钮打开：如学生名册上的“打印花名册”、学生页上的“打印登记表”。打开报表后再打印或另存为 PDF。',
  reportTimeout: '报表在 60 秒内没有准备好，未打印。请稍后重试。',
  cannotStart: '帮扶生管理系统无法启动',
  locale: 'zh-CN' as Locale,
  cannotOpenDb: (file: string, reason: string) => `无法打开数据库（${file}）：${reason}`,
  backendStopped: '数据服务已停止',
  backendStoppedDetail: (reason: string) =>
    `本程序的数据服务意外停止，未能重新启动。已保存的数据不受影响；请先记下当前页面上尚未保存的内容，再重新启动本程序。\n${reason}`,
  upgradedTitle: '数据库已升级',
  upgradedMessage: '数据库已升级到本版本。',
  upgradedDetail: (backup: string) => `升级前的数据已自动备份到：\n${backup}`,
  unsavedTitle: '有未保存的修改',
  unsavedDetail: '关闭或重新加载窗口，您在当前页面填写或修改的内容不会保存。',
  unsavedLeave: '放弃修改',
  unsavedStay: '继续编辑',
};

export type MainStrings = typeof zh;

const en: MainStrings = {
  file: '&File',
  print: 'Print…',
  savePdf: 'Save as PDF…',
  openDataFolder: 'Open data folder',
  quit: 'Quit',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: '&View',
  reload: 'Reload',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Actual size',
  devTools: 'Developer tools',
  help: '&Help',
  about: (app) => `About ${app}`,
  aboutTitle: 'About',
  dataFolder: (dir) => `Data folder: ${dir}`,
  cannotOpenDataFolder: 'Cannot open the data folder',
  pdfTitle: 'Save as PDF',
  pdfFilter: 'PDF files',
  printFailed: 'Printing failed',
  printWhat: 'This page is not a report',
  printWhatDetail:
    "Reports open from the print buttons of the pages: “Print roster” on the student register, “Print registration form” on a student's page. Open one, then print it or save it as PDF.",
  reportTimeout: 'The report was not ready within 60 seconds and was not printed. Please try again.',
  cannotStart: 'The app cannot start',
  locale: 'en',
  cannotOpenDb: (file, reason) => `Cannot open the database (${file}): ${reason}`,
  backendStopped: 'The data service stopped',
  backendStoppedDetail: (reason) =>
    `The app's data service stopped unexpectedly and could not be started again. Saved data is safe; note anything unsaved on the page, then restart the app.\n${reason}`,
  upgradedTitle: 'Database upgraded',
  upgradedMessage: 'The database was upgraded to this version.',
  upgradedDetail: (backup) => `A copy from before the upgrade was saved to:\n${backup}`,
  unsavedTitle: 'Unsaved changes',
  unsavedDetail: 'If the window closes or reloads, what you entered or changed on this page is not saved.',
  unsavedLeave: 'Discard',
  unsavedStay: 'Keep editing',
};

export function mainStrings(osLocale: string): MainStrings {
  return osLocale.toLowerCase().startsWith('en') ? en : zh;
}
