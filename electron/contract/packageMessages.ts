/**
 * The messages of the data package (electron/backend/backups/package): a file that is not one, is
 * cut short or was changed, a newer version's, or a register that already has accounts. Part of
 * the catalogs in ./messages.ts.
 */
const zh = {
  package_file_relative: '请填写数据包的完整路径，如 E:\\帮扶生数据包-学校-20261206-0930.bfpkg',
  package_file_missing: '找不到这个文件，请检查路径',
  package_invalid: '这个文件不能作为数据包恢复，数据未改动：{problem}',
  package_problem_not_zip: '它不是数据包（不是本系统导出的 .bfpkg 文件）',
  package_problem_truncated: '文件不完整，可能复制时中断了：请从旧电脑重新复制一次',
  package_problem_damaged: '文件已损坏，无法解开',
  package_problem_no_manifest: '缺少清单 manifest.json，不是本系统导出的数据包',
  package_problem_unlisted: '其中的文件与清单所列的不一致',
  package_problem_db_damaged: '其中的数据库已损坏',
  package_problem_db_not_ours: '其中的数据库不是本系统的数据',
  package_changed: '数据包中的 {entry} 与清单记录的 SHA-256 校验值不符：文件已损坏或被改动过，不能恢复，数据未改动',
  package_too_new: '这个数据包由更新版本的本系统（{version}）导出，当前版本不能恢复，数据未改动：请先升级本系统',
  package_not_fresh: '这台电脑上已经有账户了：数据包只能在新安装时从首次使用页面恢复。请管理员登录后在“设置 → 备份”中恢复',
  package_failed: '恢复数据包时出错，已全部撤回，数据和设置与恢复前一样。原因：{reason}',
};

export const packageMessages: { zh: typeof zh; en: Record<keyof typeof zh, string> } = {
  zh,
  en: {
    package_file_relative: 'Give the whole path of the package, such as E:\\帮扶生数据包-school-20261206-0930.bfpkg',
    package_file_missing: 'There is no such file; check the path',
    package_invalid: 'This file cannot be restored as a data package; nothing was changed: {problem}',
    package_problem_not_zip: 'it is not a data package (not a .bfpkg file made by this app)',
    package_problem_truncated: 'the file is incomplete, perhaps cut short while copying: copy it from the old PC again',
    package_problem_damaged: 'the file is damaged and cannot be unpacked',
    package_problem_no_manifest: 'it has no manifest.json: it was not made by this app',
    package_problem_unlisted: 'the files in it are not those its manifest lists',
    package_problem_db_damaged: 'the database in it is damaged',
    package_problem_db_not_ours: 'the database in it is not this app’s data',
    package_changed: 'The package’s {entry} does not match the SHA-256 its manifest records: the file is damaged or was changed. Nothing was restored or changed',
    package_too_new: 'This package was made by a newer version of the app ({version}); this version cannot restore it, and nothing was changed. Upgrade first',
    package_not_fresh: 'This PC already has accounts: a package is restored from the first-run page of a new install only. The administrator can sign in and restore it in Settings → Backups',
    package_failed: 'Restoring the package failed and was undone: the data and settings are as before. Reason: {reason}',
  },
};
