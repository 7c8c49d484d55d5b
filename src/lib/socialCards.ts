/**
 * Social cards: the 1200×630 PNG images that link previews (OpenGraph, Twitter) show.
 * Each card is an SVG in the site's colours, rendered by sharp at build time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Size every card is rendered at, the one OpenGraph and Twitter recommend. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface Card {
  /** Kind of entry, e.g. «Cápsula»; it goes above the title. */
  label: string;
  /** Title, wrapped on up to three lines. */
  title: string;
  /** Date as readers see it, e.g. «15 de enero de 2022». */
  date?: string | undefined;
  /** Name shown at the foot, e.g. «Sistema Nacional de Transparencia». */
  siteName: string;
  /** Flag shown for example content («Contenido de ejemplo»); none for real content. */
  exampleFlag?: string | undefined;
}

const BRAND = '#0b4f6c';
const MARGIN = 80;
const FONT = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

/** Escapes text for an SVG text node or attribute. */
export const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );

/** Rough advance width of a character in em of a bold sans-serif face; errs on the wide side. */
function charWidth(char: string): number {
  if (char === ' ') return 0.3;
  if (/[iIljtf.,;:!|'’()[\]«»-]/.test(char)) return 0.36;
  if (/[mwMW@]/.test(char)) return 0.95;
  if (/[A-ZÁÉÍÓÚÑÜ0-9]/.test(char)) return 0.74;
  return 0.62;
}

/** Estimated width of `text` in pixels at `fontSize`. */
export const textWidth = (text: string, fontSize: number): number =>
  Array.from(text).reduce((sum, char) => sum + charWidth(char), 0) * fontSize;

/**
 * Splits `text` into lines no wider than `maxWidth` at `fontSize`, at most `maxLines` of them;
 * text that does not fit ends its last line with «…». A word longer than a line is cut.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A single word wider than the line is cut with a hyphen.
    while (textWidth(word, fontSize) > maxWidth) {
      let cut = '';
      for (const char of word) {
        if (textWidth(`${cut}${char}-`, fontSize) > maxWidth) break;
        cut += char;
      }
      if (!cut) break;
      lines.push(`${cut}-`);
      word = word.slice(cut.length);
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.replace(/[\s,;:.-]+$/, '')}…`;
  return kept;
}

/** The title at the largest size that fits three lines (the smallest size truncates with «…»). */
function fitTitle(title: string): { lines: string[]; fontSize: number } {
  const width = CARD_WIDTH - 2 * MARGIN;
  const sizes = [68, 60, 52, 46];
  for (const fontSize of sizes) {
    const all = wrapText(title, fontSize, width, 100);
    if (all.length <= 3) return { lines: all, fontSize };
  }
  const fontSize = sizes[sizes.length - 1] ?? 46;
  return { lines: wrapText(title, fontSize, width, 3), fontSize };
}

/** The card as an SVG document. */
export function cardSvg(card: Card): string {
  const { lines, fontSize } = fitTitle(card.title);
  const lineHeight = Math.round(fontSize * 1.18);
  const titleTop = 250;
  const title = lines
    .map(
      (line, i) =>
        `<text x="${MARGIN}" y="${titleTop + i * lineHeight}" font-size="${fontSize}" font-weight="700">${escapeXml(line)}</text>`,
    )
    .join('');
  const flag = card.exampleFlag
    ? (() => {
        const width = Math.ceil(textWidth(card.exampleFlag, 26) + 40);
        const x = CARD_WIDTH - MARGIN - width;
        return `<rect x="${x}" y="82" width="${width}" height="48" rx="8" fill="#ffd166"/><text x="${x + 20}" y="116" font-size="26" font-weight="700" fill="#1d1d1d">${escapeXml(card.exampleFlag)}</text>`;
      })()
    : '';
  const date = card.date
    ? `<text x="${CARD_WIDTH - MARGIN}" y="${CARD_HEIGHT - 70}" font-size="28" text-anchor="end" fill-opacity="0.9">${escapeXml(card.date)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="100%" height="100%" fill="${BRAND}"/>
<rect x="0" y="0" width="${CARD_WIDTH}" height="14" fill="#ffffff" fill-opacity="0.85"/>
<g font-family="${escapeXml(FONT)}" fill="#ffffff">
<text x="${MARGIN}" y="118" font-size="32" font-weight="700" letter-spacing="2">${escapeXml(card.label.toUpperCase())}</text>
${flag}
${title}
<rect x="${MARGIN}" y="${CARD_HEIGHT - 130}" width="${CARD_WIDTH - 2 * MARGIN}" height="2" fill="#ffffff" fill-opacity="0.5"/>
<text x="${MARGIN}" y="${CARD_HEIGHT - 70}" font-size="30" font-weight="700">${escapeXml(card.siteName)}</text>
${date}
</g>
</svg>`;
}

/** A square cover (a podcast's, `size` pixels a side): the kind, the title large, the site's name at the foot. */
export function coverSvg(card: Card, size: number): string {
  const margin = Math.round(size / 12);
  const fontSize = Math.round(size / 11);
  const lines = wrapText(card.title, fontSize, size - 2 * margin, 5);
  const lineHeight = Math.round(fontSize * 1.18);
  const title = lines
    .map(
      (line, i) =>
        `<text x="${margin}" y="${Math.round(size * 0.36) + i * lineHeight}" font-size="${fontSize}" font-weight="700">${escapeXml(line)}</text>`,
    )
    .join('');
  const label = Math.round(size / 28);
  const flag = card.exampleFlag
    ? `<rect x="${margin}" y="${size - margin * 2.6}" width="${Math.ceil(textWidth(card.exampleFlag, label) + label * 1.6)}" height="${label * 1.9}" rx="${label / 3}" fill="#ffd166"/><text x="${margin + label * 0.8}" y="${size - margin * 2.6 + label * 1.33}" font-size="${label}" font-weight="700" fill="#1d1d1d">${escapeXml(card.exampleFlag)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="100%" height="100%" fill="${BRAND}"/>
<rect x="0" y="0" width="${size}" height="${Math.round(size / 50)}" fill="#ffffff" fill-opacity="0.85"/>
<g font-family="${escapeXml(FONT)}" fill="#ffffff">
<text x="${margin}" y="${margin + label * 2}" font-size="${label}" font-weight="700" letter-spacing="3">${escapeXml(card.label.toUpperCase())}</text>
${title}
${flag}
<text x="${margin}" y="${size - margin}" font-size="${label}" font-weight="700">${escapeXml(card.siteName)}</text>
</g>
</svg>`;
}

/** Where rendered cards are kept between builds, keyed by their SVG. */
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'snt-og');

/** The card as a small palette PNG (well under 80 KB); identical cards come from a cache. */
export async function renderCard(card: Card, svg = cardSvg(card)): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256').update(svg).digest('hex').slice(0, 32);
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const png = await sharp(Buffer.from(svg))
    .png({ palette: true, colors: 48, compressionLevel: 9, effort: 7 })
    .toBuffer();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return new Uint8Array(png);
}
