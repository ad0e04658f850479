/** The data package's words (设置 → 备份 and the first-run page): the i18n namespace 'dataPackage'. */
export const dataPackageZh = {
  title: '数据包：把整个帮扶办搬到新电脑',
  intro:
    '数据包是一个文件（.bfpkg），装着全部数据、这台电脑的设置和局域网主机的证书（搬过去后，各台电脑和手机仍然信任新主机）。在旧电脑上导出，复制到新电脑，在新电脑的首次使用页面点“从旧电脑的数据包恢复”。',
  warning: '数据包里有每一名学生的身份证号和银行账号，请像保管现金一样保管它：只放在自己的 U 盘或锁好的地方，不要用微信、QQ 或邮件发送，搬完后删除。',
  folderHint: '留空则放在上面的备份文件夹中',
  folderExample: 'E:\\',
  export: '导出数据包',
  exporting: '正在导出，数据多时需要一两分钟…',
  exported: '已导出数据包（{{size}} MB，{{students}} 名学生）：',
  import: '从数据包恢复…',
  importTitle: '从数据包恢复',
  importWarning: '这台电脑上的全部数据和设置将被数据包中的替换（替换前会先自动备份当前数据）。恢复后所有人都要重新登录，包括您自己。',
  setupWarning: '恢复后使用旧电脑上的账户和密码登录，不需要在这里新建管理员。',
  restore: '恢复',
  restoredTitle: '数据包已恢复',
  restored: '{{school}}：{{students}} 名学生（数据包导出于 {{createdAt}}）。请用旧电脑上的账户和密码登录。',
  keptSecondFolder: '旧电脑的第二备份文件夹 {{packaged}} 在这台电脑上不存在，保留了本机的设置（{{kept}}）。',
  none: '不复制',
  setupLink: '从旧电脑的数据包恢复',
  backupReason: '恢复数据包前',
  fields: { file: '数据包文件的完整路径', reason: '原因', folder: '导出到文件夹' },
};

export const dataPackageEn: typeof dataPackageZh = {
  title: 'Data package: move the whole office to a new PC',
  intro:
    'A data package is one file (.bfpkg) holding all the data, this PC’s settings and the office host’s certificates (so every PC and phone still trusts the host after the move). Export it on the old PC, copy it to the new one, and there choose “Restore from the old PC’s data package” on the first-run page.',
  warning:
    'The package holds every student’s ID number and bank account: keep it like cash. Only on your own USB disk or somewhere locked; never send it by WeChat, QQ or e-mail; delete it once the move is done.',
  folderHint: 'Empty: into the backups folder above',
  folderExample: 'E:\\',
  export: 'Export data package',
  exporting: 'Exporting; with much data this takes a minute or two…',
  exported: 'Data package exported ({{size}} MB, {{students}} students):',
  import: 'Restore from a data package…',
  importTitle: 'Restore from a data package',
  importWarning:
    'All data and settings on this PC will be replaced by the package’s (the current data is backed up first). Afterwards everyone signs in again, you too.',
  setupWarning: 'Afterwards sign in with the accounts and passwords of the old PC; no administrator needs to be created here.',
  restore: 'Restore',
  restoredTitle: 'Data package restored',
  restored: '{{school}}: {{students}} students (package exported {{createdAt}}). Sign in with the accounts and passwords of the old PC.',
  keptSecondFolder: 'The old PC’s second backup folder {{packaged}} is not on this PC; this PC’s own setting was kept ({{kept}}).',
  none: 'no copies',
  setupLink: 'Restore from the old PC’s data package',
  backupReason: 'Before restoring a package',
  fields: { file: 'Whole path of the package file', reason: 'Reason', folder: 'Export into folder' },
};
