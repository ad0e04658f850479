import fs from 'node:fs';

/**
 * A small file written whole: under another name first, then renamed over the old one, so a crash
 * or power cut leaves the old file or the new one, never half of either. Readable by its owner only.
 */
export function writeWhole(file: string, text: string): void {
  fs.writeFileSync(`${file}.partial`, text, { mode: 0o600 });
  fs.renameSync(`${file}.partial`, file);
}
