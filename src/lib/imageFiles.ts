/**
 * What a poster or cover file really is, told from a few bytes of its start and end, before Astro's
 * image pipeline sees it: that pipeline stops on a file that is not an image, or on an SVG, with an
 * English error that names the image (an SVG by a generated /_astro/ file) but not the entry, and
 * quietly builds a truncated PNG as a half-grey picture. No image is decoded: a few reads per file.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** The formats a content image may have: sharp reads them all, and none can carry script. */
export const IMAGE_FORMATS = ['PNG', 'JPEG', 'WebP', 'AVIF'] as const;

/** «PNG, JPEG, WebP o AVIF», for messages and help texts. */
export const ACCEPTED_IMAGES = `${IMAGE_FORMATS.slice(0, -1).join(', ')} o ${IMAGE_FORMATS.at(-1) ?? ''}`;

type Format = (typeof IMAGE_FORMATS)[number];

/** What a file turned out to be. */
export type ImageVerdict =
  | { kind: 'image'; format: Format }
  | { kind: 'missing' }
  | { kind: 'svg' }
  /** An image format the site does not take (GIF, TIFF, BMP, HEIC) or a PDF. */
  | { kind: 'other'; format: string }
  | { kind: 'truncated'; format: Format }
  | { kind: 'unknown' };

const ascii = (bytes: Buffer, start: number, end: number) => bytes.toString('latin1', start, end);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// The IEND chunk with its fixed CRC: every whole PNG ends with it.
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const JPEG_END = Buffer.from([0xff, 0xd9]);
// How far from the end the closing mark of a PNG or JPEG is looked for first.
const TAIL = 256;
const HEAD = 1024;

/** An ISO-BMFF file (AVIF, HEIC): whether its top-level boxes add up to the file's length. */
function boxesComplete(fd: number, size: number): boolean {
  const header = Buffer.alloc(16);
  let offset = 0;
  // An image has a handful of top-level boxes (ftyp, meta, mdat…); more means it is not one.
  for (let box = 0; box < 64 && offset < size; box += 1) {
    if (readSync(fd, header, 0, 16, offset) < 8) return false;
    const small = header.readUInt32BE(0);
    const length = small === 1 ? Number(header.readBigUInt64BE(8)) : small === 0 ? size - offset : small;
    if (length < 8 || offset + length > size) return false;
    offset += length;
  }
  return offset === size;
}

/** Where a JPEG's compressed picture starts (its first SOS segment), walking the segments before it. */
function jpegScanStart(bytes: Buffer): number {
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xda) return at;
    if (marker === 0xff) at += 1;
    else at += 2 + (((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0));
  }
  return -1;
}

/**
 * Whether a PNG or JPEG has its closing mark: near the end, as almost always, or further back when
 * something follows it (a phone's JPEG may carry a video after the picture); only then is the whole
 * file read. A JPEG's mark counts after its picture starts, since a thumbnail inside has its own.
 */
function closed(fd: number, size: number, tail: Buffer, format: 'PNG' | 'JPEG'): boolean {
  const mark = format === 'PNG' ? PNG_END : JPEG_END;
  if (tail.includes(mark)) return true;
  if (size <= tail.length) return false;
  const bytes = Buffer.alloc(size);
  readSync(fd, bytes, 0, size, 0);
  const start = format === 'PNG' ? PNG.length : jpegScanStart(bytes);
  return start >= 0 && bytes.includes(mark, start);
}

/** Reads what `fd` holds: its first bytes say the format, its last bytes or its sizes whether it is whole. */
function inspect(fd: number, size: number, extension: string): ImageVerdict {
  const head = Buffer.alloc(Math.min(HEAD, size));
  readSync(fd, head, 0, head.length, 0);
  const tail = Buffer.alloc(Math.min(TAIL, size));
  readSync(fd, tail, 0, tail.length, size - tail.length);
  // SVG is text: an XML declaration, a comment or the <svg> tag itself, maybe after a BOM and spaces.
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();

  if (extension === '.svg' || (text.startsWith('<') && /<svg[\s>]/i.test(text))) return { kind: 'svg' };
  for (const [format, signature] of [
    ['PNG', PNG],
    ['JPEG', JPEG],
  ] as const) {
    if (!head.subarray(0, signature.length).equals(signature)) continue;
    return closed(fd, size, tail, format) ? { kind: 'image', format } : { kind: 'truncated', format };
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP' && head.length >= 16) {
    // The RIFF header says how long the file is.
    const declared = head.readUInt32LE(4) + 8;
    return /^VP8[ LX]$/.test(ascii(head, 12, 16)) && declared <= size
      ? { kind: 'image', format: 'WebP' }
      : { kind: 'truncated', format: 'WebP' };
  }
  if (ascii(head, 4, 8) === 'ftyp') {
    const boxLength = Math.min(head.readUInt32BE(0), head.length);
    // The major brand, then the compatible ones, each four letters.
    const brands = ascii(head, 8, 12) + ascii(head, 16, boxLength);
    if (/avi[fs]/.test(brands)) {
      return boxesComplete(fd, size) ? { kind: 'image', format: 'AVIF' } : { kind: 'truncated', format: 'AVIF' };
    }
    if (/hei[cxms]|hev[cxms]|mif1/.test(brands)) return { kind: 'other', format: 'HEIC' };
  }
  if (/^GIF8[79]a/.test(ascii(head, 0, 6))) return { kind: 'other', format: 'GIF' };
  if (['II*\0', 'MM\0*'].includes(ascii(head, 0, 4))) return { kind: 'other', format: 'TIFF' };
  if (ascii(head, 0, 2) === 'BM') return { kind: 'other', format: 'BMP' };
  if (ascii(head, 0, 5) === '%PDF-') return { kind: 'other', format: 'PDF' };
  return { kind: 'unknown' };
}

// A file is read once per build, however many entries show it; a changed file is read again (`astro dev`).
const known = new Map<string, ImageVerdict>();

/** What the file at `path` (absolute) is, judged from a few of its bytes. */
export function inspectImage(path: string): ImageVerdict {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) return { kind: 'missing' };
  const key = `${path}\0${stats.mtimeMs}\0${stats.size}`;
  let verdict = known.get(key);
  if (!verdict) {
    const fd = openSync(path, 'r');
    try {
      verdict = stats.size === 0 ? { kind: 'unknown' } : inspect(fd, stats.size, extname(path).toLowerCase());
    } finally {
      closeSync(fd);
    }
    known.set(key, verdict);
  }
  return verdict;
}

/**
 * What is wrong with the image an entry names, in Spanish, or `undefined` when it is a whole PNG,
 * JPEG, WebP or AVIF: `written` is the path as the entry has it, `path` the file it leads to and
 * `shown` that file as the editor finds it (from the project's folder).
 */
export function imageFileProblem(written: string, path: string, shown: string): string | undefined {
  const verdict = inspectImage(path);
  const redo = `expórtala como ${ACCEPTED_IMAGES}`;
  switch (verdict.kind) {
    case 'image':
      return undefined;
    case 'missing':
      return `no existe la imagen «${written}»: se buscó en ${shown}; súbela ahí o corrige la ruta`;
    case 'svg':
      return `«${written}» es un SVG, y el contenido no admite SVG porque puede llevar código (script): ${redo}`;
    case 'other':
      return `«${written}» es un archivo ${verdict.format}, que el sitio no admite como imagen: ${redo}`;
    case 'truncated':
      return `«${written}» es un ${verdict.format} incompleto o dañado (el archivo se corta antes de terminar): vuelve a exportarla como ${ACCEPTED_IMAGES}`;
    case 'unknown':
      return `«${written}» no es una imagen: su contenido no es de ninguno de los formatos que el sitio admite; ${redo}`;
  }
}
