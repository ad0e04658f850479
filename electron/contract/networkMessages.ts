/**
 * The messages of data safety and the office network (electron/backend/backups, lan): a database
 * on a network drive, a backup that cannot be used or restored, a second backup folder, host
 * mode's port. Part of the catalogs in ./messages.ts.
 */
const zh = {
  db_network_path: '数据库 {file} 在网络上的文件夹里（共享文件夹或映射的网络驱动器），多台电脑同时使用会损坏数据。请把数据文件夹放在本机磁盘上；其他电脑请通过“局域网”主机模式使用',
  backup_unusable: '这个备份不能使用：{problem}',
  backup_problem_not_sqlite: '文件不是数据库',
  backup_problem_damaged: '文件已损坏',
  backup_problem_not_ours: '不是本系统的数据',
  backup_too_new: '这个备份由更新版本的本系统写入，当前版本不能恢复：请先升级本系统',
  backup_not_found: '找不到这个备份：可能已被删除，请刷新列表',
  backup_folder_relative: '请填写完整的文件夹路径，如 E:\\帮扶办备份',
  backup_folder_same: '第二备份文件夹不能是数据文件夹或其中的备份文件夹',
  backup_folder_unwritable: '无法写入这个文件夹：{reason}',
  port_range: '端口应在 1024 到 65535 之间（默认 5443）',
  host_unreachable: '连不上办公室主机 {host}：这项操作没有送到主机，数据未改动。请检查网络和主机是否开着，稍后再试',
  host_certificate_changed:
    '办公室主机 {host} 的证书变了：本机信任的是 {expected}，现在出示的是 {presented}。可能是主机重新生成了证书，也可能是别的电脑冒充主机。请先联系管理员，在主机的“设置 → 局域网”页上核对指纹，一致后再重新信任',
  host_not_office: '{host} 上没有找到帮扶生管理系统的主机：请核对地址，并确认那台电脑在“设置 → 局域网”中打开了主机模式',
  host_address_invalid: '请填写主机地址，如 192.168.1.20 或 192.168.1.20:5443',
};

export const networkMessages: { zh: typeof zh; en: Record<keyof typeof zh, string> } = {
  zh,
  en: {
    db_network_path: 'The database {file} is in a network folder (a share or a mapped network drive), where use from several PCs would damage it. Keep the data folder on this PC’s own disk; other PCs use it through host mode',
    backup_unusable: 'This backup cannot be used: {problem}',
    backup_problem_not_sqlite: 'the file is not a database',
    backup_problem_damaged: 'the file is damaged',
    backup_problem_not_ours: 'it is not this app’s data',
    backup_too_new: 'This backup was written by a newer version of the app; this version cannot restore it. Upgrade first',
    backup_not_found: 'This backup is not there any more; refresh the list',
    backup_folder_relative: 'Give the whole path of the folder, such as E:\\Backups',
    backup_folder_same: 'The second folder cannot be the data folder or its backups folder',
    backup_folder_unwritable: 'Cannot write to this folder: {reason}',
    port_range: 'The port must be between 1024 and 65535 (5443 by default)',
    host_unreachable: 'Cannot reach the office host {host}: this was not sent to the host and nothing changed. Check the network and that the host is on, then try again',
    host_certificate_changed:
      'The office host {host} shows another certificate: this PC trusts {expected}, it now shows {presented}. The host may have made a new certificate, or another PC may be posing as the host. Ask the administrator to compare the fingerprint on the host’s Settings → Network page before trusting it again',
    host_not_office: 'No office host was found at {host}: check the address, and that host mode is on in Settings → Network on that PC',
    host_address_invalid: 'Enter the host’s address, such as 192.168.1.20 or 192.168.1.20:5443',
  },
};
