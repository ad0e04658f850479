/**
 * Renders icon.svg to icon.png (256 px) and a multi-size icon.ico with Debian's Chromium
 * (needs a CJK font such as Noto Sans CJK SC). Run: npx tsx resources/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../test/support/browser';

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

async function main() {
  const svg = fs.readFileSync(path.join(__dirname, 'icon.svg'), 'utf8');
  const browser = await launchBrowser();
  const pngs = new Map<number, Buffer>();
  try {
    const page = await browser.newPage();
    for (const size of ICO_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
      await page.evaluate(() => document.fonts.ready);
      pngs.set(size, await page.screenshot({ omitBackground: true }));
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(__dirname, 'icon.png'), pngs.get(256)!);
  fs.writeFileSync(path.join(__dirname, 'icon.ico'), ico(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
}

/** An .ico whose entries are PNG images (read by Windows Vista and later, and by electron-builder). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // 0 stands for 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

void main();
