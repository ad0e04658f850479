import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../rpc/errors';

/** A folder the administrator names for files the app writes (backup copies, a data package): a whole path, written to once to be sure. */
export function assertWritableFolder(field: string, folder: string): void {
  if (!path.isAbsolute(folder)) throw AppError.field(field, 'backup_folder_relative');
  try {
    fs.mkdirSync(folder, { recursive: true });
    const probe = path.join(folder, `.bangfu-write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (e) {
    throw AppError.field(field, 'backup_folder_unwritable', { reason: (e as Error).message });
  }
}
