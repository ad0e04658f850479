import zlib from 'node:zlib';

/**
 * The .xlsx container, written by Node rather than SheetJS. SheetJS's free edition writes no
 * frozen panes, so its output must be opened to put one in; and its zip (CRC and deflate in
 * JavaScript) costs a 20,000-row export more than Node's native zlib does. So SheetJS writes the
 * workbook stored (uncompressed), and this repacks it compressed, patching its XML on the way: the
 * sheet view, and what else the free edition cannot write (a template's drop-down lists).
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DEFLATE = 8;
/** zlib's fastest: a 20,000-row sheet deflates in 0.1 s rather than 0.25 s, for a file a sixth larger (4 MB). */
const LEVEL = zlib.constants.Z_BEST_SPEED;

interface Entry {
  name: Buffer;
  /** the file's bytes, in pieces (a patched file is not copied whole to be put together again) */
  data: Buffer[];
}

/** The files of a zip whose entries are stored, as SheetJS writes them without compression. */
function storedEntries(zip: Buffer): Entry[] {
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== END) throw new Error('not a zip without comment');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL || zip.readUInt16LE(at + 10) !== 0) throw new Error('not a stored zip entry');
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name: zip.subarray(at + 46, at + 46 + nameLength), data: [zip.subarray(dataAt, dataAt + size)] });
    at += 46 + skip;
  }
  return entries;
}

/**
 * One deflate stream of the pieces, each deflated on its own: every piece but the last ends in a
 * sync flush (a non-final block, byte-aligned), after which the next piece's blocks may follow.
 */
const deflated = (pieces: Buffer[]) =>
  Buffer.concat(pieces.map((p, i) => zlib.deflateRawSync(p, { level: LEVEL, ...(i < pieces.length - 1 ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {}) })));

/** A zip of these files, each deflated by Node's zlib. */
function deflatedZip(entries: Entry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflated(data);
    const crc = data.reduce((sum, piece) => zlib.crc32(piece, sum), 0);
    const size = data.reduce((n, piece) => n + piece.length, 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(DEFLATE, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(header, name);
    offset += local.length + name.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** The first sheet's part: a one-sheet export's only sheet, a template's sheet to fill. */
export const FIRST_SHEET = 'xl/worksheets/sheet1.xml';
const PLAIN_VIEW = Buffer.from('<sheetView workbookViewId="0"/>');

/**
 * A change made to one file of the package on its way through: its bytes in, its new bytes out, in
 * pieces, so that a 20,000-row sheet is spliced rather than copied whole to be put together again.
 */
export type Patch = (data: Buffer) => Buffer[];

/** A patch of a small file as text (a template's sheet): a whole export's sheet should use a Patch. */
export const textPatch =
  (edit: (xml: string) => string): Patch =>
  (data) => [Buffer.from(edit(data.toString('utf8')), 'utf8')];

/** Patches applied one after another to the same file. */
export const chained =
  (...patches: Patch[]): Patch =>
  (data) =>
    patches.reduce((pieces, patch) => patch(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces)), [data]);

/** The sheet's plain view given its first `rows` rows frozen (SheetJS's free edition writes no panes). */
export function frozen(rows: number): Patch {
  return (xml) => {
    const at = xml.indexOf(PLAIN_VIEW);
    // Only a SheetJS upgrade can change this; the export tests read the pane back.
    if (at < 0) throw new Error('no plain sheet view to freeze');
    const top = `A${rows + 1}`;
    const view = `<sheetView workbookViewId="0"><pane ySplit="${rows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView>`;
    return [xml.subarray(0, at), Buffer.from(view), xml.subarray(at + PLAIN_VIEW.length)];
  };
}

/** The workbook SheetJS wrote stored, compressed, with the named files patched on the way. */
export function compressed(stored: Buffer, patches: Readonly<Record<string, Patch>>): Buffer {
  const entries = storedEntries(stored);
  for (const [name, patch] of Object.entries(patches)) {
    const entry = entries.find((e) => e.name.toString() === name);
    if (!entry) throw new Error(`no ${name} in the workbook`);
    entry.data = patch(entry.data[0]);
  }
  return deflatedZip(entries);
}

/** The workbook SheetJS wrote stored, compressed, with the first `rows` rows of its (only) sheet frozen. */
export const frozenAndCompressed = (stored: Buffer, rows: number): Buffer => compressed(stored, { [FIRST_SHEET]: frozen(rows) });
