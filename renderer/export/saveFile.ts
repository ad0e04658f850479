import type { ExportFile } from '../../electron/contract/export';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves an exported file as a download of a Blob (a[download]; the page's CSP allows no data:
 * fetch). A browser puts it in its downloads folder or asks where, as the user has set it. In the
 * desktop app Electron, which is given no save path, opens the system's Save As dialog with the
 * file's name filled in, the way a download asks in Chrome. `type`: what the file is when not a
 * spreadsheet (a bank's text file, with its encoding).
 */
export function saveFile({ fileName, base64 }: Pick<ExportFile, 'fileName' | 'base64'>, type = XLSX_TYPE): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own copy once it has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
