// Renders the covers, posters and PDFs of the example entries from their own text, so media never drift from content.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { parse } from 'yaml';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = join(ROOT, 'content');
const PUBLIC = join(ROOT, 'public');
const LABEL = 'Contenido de ejemplo';
const SNT = 'Sistema Nacional de Transparencia';

const COVER_COLORS = {
  'abc-derecho-de-acceso-a-la-informacion': ['#1f4e79', '#f2b134'],
  'abc-proteccion-de-datos-personales': ['#1d6b4f', '#ffd166'],
  'abc-gobierno-abierto': ['#7a1f3d', '#e9c46a'],
  'numero-1': ['#14213d', '#fca311'],
  'numero-2': ['#0f5e63', '#f4d35e'],
};
// Articles that share a first page, in the order the issue presents them.
const ARTICLE_ORDER = [
  'numero-1-lenguaje-ciudadano',
  'numero-1-transparencia-municipal',
  'numero-1-archivos-y-memoria',
  'numero-2-datos-personales-en-la-escuela',
  'numero-2-decisiones-automatizadas',
  'numero-2-datos-abiertos-incluyentes',
];
const POSTER_COLORS = {
  'como-presentar-una-solicitud': ['#1f4e79', '#f2b134'],
  'cuida-tus-datos-personales': ['#1d6b4f', '#ffd166'],
  'gobierno-abierto-en-tu-colonia': ['#5c1a33', '#f4a259'],
  'archivos-en-orden': ['#7a1f3d', '#e9c46a'],
};

/** Reads every example entry of a collection as { id, data, body }. */
async function readEntries(collection) {
  const dir = join(CONTENT, collection);
  const files = (await readdir(dir)).filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_')).sort();
  const entries = [];
  for (const name of files) {
    const text = await readFile(join(dir, name), 'utf8');
    const split = splitFrontmatter(text);
    if (!split) throw new Error(`${collection}/${name}: no frontmatter`);
    const data = parse(split.yaml);
    if (data.ejemplo === true) entries.push({ id: name.replace(/\.mdx?$/, ''), data, body: split.body });
  }
  return entries;
}

const readData = async (name) => parse(await readFile(join(CONTENT, `${name}.yaml`), 'utf8'))[name];

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits text into lines that fit `width` using an average glyph width. */
function wrap(text, width, measure) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const svgMeasure = (size, bold) => (text) => text.length * size * (bold ? 0.64 : 0.56);

/** Text lines as SVG <text> elements starting at baseline y. */
function svgLines(lines, { x, y, size, leading, anchor = 'start', weight = 'normal', fill = '#ffffff' }) {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * leading}" font-family="sans-serif" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The white «Contenido de ejemplo» tag. */
function labelTag(x, y, size, color) {
  const width = Math.round(LABEL.length * size * 0.62 + size * 1.4);
  const height = Math.round(size * 2);
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="#ffffff"/>
<text x="${x + width / 2}" y="${y + height * 0.68}" font-family="sans-serif" font-size="${size}" font-weight="bold" fill="${color}" text-anchor="middle">${LABEL}</text>`;
}

function coverSvg({ series, numberLine, title, theme, colors: [bg, accent] }) {
  const titleLines = wrap(title, 660, svgMeasure(58, true));
  const themeY = 470 + titleLines.length * 70 + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1100" viewBox="0 0 800 1100">
<rect width="800" height="1100" fill="${bg}"/>
<circle cx="700" cy="980" r="260" fill="${accent}" fill-opacity="0.18"/>
<rect x="70" y="120" width="120" height="10" fill="${accent}"/>
${svgLines([series], { x: 70, y: 200, size: 54, leading: 0, weight: 'bold' })}
${svgLines([numberLine], { x: 70, y: 250, size: 30, leading: 0, fill: accent })}
${labelTag(70, 310, 24, bg)}
${svgLines(titleLines, { x: 70, y: 470, size: 58, leading: 70, weight: 'bold' })}
${svgLines(wrap(theme, 660, svgMeasure(30, false)), { x: 70, y: themeY, size: 30, leading: 40, fill: accent })}
<rect x="70" y="990" width="660" height="3" fill="#ffffff" fill-opacity="0.6"/>
${svgLines([SNT], { x: 70, y: 1040, size: 26, leading: 0 })}
</svg>`;
}

function posterSvg({ title, subtitle, siglas, colors: [bg, accent] }) {
  const titleLines = wrap(title, 1080, svgMeasure(68, true));
  const top = 360 - ((titleLines.length - 1) * 84) / 2 - 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
<rect width="1280" height="720" fill="${bg}"/>
<circle cx="1180" cy="640" r="220" fill="${accent}" fill-opacity="0.15"/>
${labelTag(48, 44, 30, bg)}
${svgLines([siglas], { x: 1232, y: 88, size: 36, leading: 0, anchor: 'end', weight: 'bold' })}
${svgLines(titleLines, { x: 640, y: top, size: 68, leading: 84, anchor: 'middle', weight: 'bold' })}
${svgLines([subtitle], { x: 640, y: top + titleLines.length * 84 + 30, size: 36, leading: 0, anchor: 'middle', fill: accent })}
<rect x="0" y="632" width="1280" height="14" fill="${accent}"/>
${svgLines([SNT], { x: 640, y: 694, size: 30, leading: 0, anchor: 'middle' })}
</svg>`;
}

async function writePng(svg, path) {
  await mkdir(dirname(path), { recursive: true });
  await sharp(Buffer.from(svg)).png({ palette: true, colors: 48, compressionLevel: 9, effort: 10 }).toFile(path);
}

/** Turns an MDX body into blocks of plain text: headings and paragraphs. */
function blocks(body) {
  const out = [];
  for (const chunk of body.split(/\n{2,}/)) {
    const text = chunk.trim();
    if (!text) continue;
    const heading = /^#{2,6}\s+(.*)$/.exec(text);
    if (heading) {
      out.push({ heading: true, text: plain(heading[1]) });
      continue;
    }
    for (const line of text.split('\n').reduce(joinListItems, [])) out.push({ heading: false, text: plain(line) });
  }
  return out;
}

/** Keeps list items as their own blocks and joins wrapped prose lines. */
function joinListItems(acc, line) {
  if (/^\s*(?:[-*]|\d+\.)\s+/.test(line) || acc.length === 0) acc.push(line);
  else acc[acc.length - 1] += ` ${line}`;
  return acc;
}

const plain = (text) =>
  text
    .replace(/^\s*[-*]\s+/, '• ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/\[(.+?)\]\(.+?\)/g, '$1')
    .trim();

/** Lays out blocks on PDF pages; returns false when the space ran out. */
class PdfWriter {
  static MARGIN = 64;

  constructor(doc, fonts, maxPages) {
    Object.assign(this, { doc, fonts, maxPages, page: null, y: 0 });
  }

  newPage() {
    if (this.doc.getPageCount() >= this.maxPages) return false;
    this.page = this.doc.addPage([612, 792]);
    this.y = 792 - PdfWriter.MARGIN;
    const label = `${LABEL} · ${SNT}`;
    this.page.drawText(label, {
      x: PdfWriter.MARGIN,
      y: 40,
      size: 8,
      font: this.fonts.regular,
      color: rgb(0.4, 0.4, 0.4),
    });
    const num = String(this.doc.getPageCount());
    this.page.drawText(num, {
      x: 612 - PdfWriter.MARGIN - this.fonts.regular.widthOfTextAtSize(num, 8),
      y: 40,
      size: 8,
      font: this.fonts.regular,
      color: rgb(0.4, 0.4, 0.4),
    });
    return true;
  }

  /** Writes one paragraph; stops at `bottom` and returns false if it did not fit. */
  text(text, { size = 10.5, bold = false, color = rgb(0.1, 0.1, 0.1), gap = 6, bottom = 60 } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const leading = size * 1.35;
    const lines = wrap(text, 612 - 2 * PdfWriter.MARGIN, (t) => font.widthOfTextAtSize(t, size));
    if (this.y - lines.length * leading < bottom) {
      if (this.doc.getPageCount() >= this.maxPages || bottom > 60) return false;
      if (!this.newPage()) return false;
    }
    for (const line of lines) {
      this.y -= leading;
      this.page.drawText(line, { x: PdfWriter.MARGIN, y: this.y, size, font, color });
    }
    this.y -= gap;
    return true;
  }

  banner(text, accent) {
    const width = this.fonts.bold.widthOfTextAtSize(text, 9) + 16;
    this.page.drawRectangle({ x: PdfWriter.MARGIN, y: this.y - 18, width, height: 18, color: accent });
    this.page.drawText(text, {
      x: PdfWriter.MARGIN + 8,
      y: this.y - 13,
      size: 9,
      font: this.fonts.bold,
      color: rgb(1, 1, 1),
    });
    this.y -= 30;
  }
}

const hexColor = (hex) => rgb(...[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255));

async function newPdf(title, subject, date) {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setSubject(subject);
  doc.setLanguage('es-MX');
  doc.setAuthor(SNT);
  doc.setCreator('scripts/generar-medios-ejemplo.mjs');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  return { doc, fonts };
}

async function savePdf(doc, path) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await doc.save({ useObjectStreams: true }));
}

/** A booklet: title, topic and as much of its text as fits in three pages. */
async function booklePdf(entry) {
  const { data } = entry;
  const [bg] = COVER_COLORS[entry.id];
  const { doc, fonts } = await newPdf(
    data.titulo,
    `Los ABC, número ${data.numero}. ${LABEL}.`,
    new Date(data.actualizado ?? data.fecha),
  );
  const w = new PdfWriter(doc, fonts, 3);
  w.newPage();
  w.banner(LABEL.toUpperCase(), hexColor(bg));
  w.text(`Los ABC · Número ${data.numero}`, { size: 11, bold: true, color: hexColor(bg) });
  w.text(data.titulo, { size: 20, bold: true, gap: 4 });
  w.text(data.tema, { size: 12, color: hexColor(bg), gap: 14 });
  for (const block of blocks(entry.body)) {
    const ok = block.heading
      ? w.text(block.text, { size: 13, bold: true, color: hexColor(bg), gap: 4 })
      : w.text(block.text);
    if (!ok) {
      w.text('El texto completo está disponible en el sitio del Sistema Nacional de Transparencia.', {
        size: 9,
        bottom: 50,
      });
      break;
    }
  }
  await savePdf(doc, join(PUBLIC, data.pdf));
}

const rank = (id) => (ARTICLE_ORDER.includes(id) ? ARTICLE_ORDER.indexOf(id) : ARTICLE_ORDER.length);

/** An issue: presentation and contents on page 1, then an excerpt of each article on its own pages. */
async function issuePdf(issue, articles) {
  const { data } = issue;
  const [bg] = COVER_COLORS[issue.id];
  const own = articles
    .filter((a) => a.data.revista === issue.id)
    .sort((a, b) => a.data.paginas.inicio - b.data.paginas.inicio || rank(a.id) - rank(b.id));
  const lastPage = Math.max(1, ...own.map((a) => a.data.paginas.fin));
  const { doc, fonts } = await newPdf(
    data.titulo,
    `México Transparente, número ${data.numero}. ${LABEL}.`,
    new Date(data.actualizado ?? data.fecha),
  );
  const w = new PdfWriter(doc, fonts, lastPage);
  w.newPage();
  w.banner(LABEL.toUpperCase(), hexColor(bg));
  w.text(`México Transparente · Número ${data.numero}`, { size: 11, bold: true, color: hexColor(bg) });
  w.text(data.tema, { size: 20, bold: true, gap: 14 });
  const contentsHeight = 40 + own.length * 30;
  for (const block of blocks(issue.body)) {
    if (
      !w.text(
        block.text,
        block.heading
          ? { size: 13, bold: true, color: hexColor(bg), gap: 4, bottom: 60 + contentsHeight }
          : { bottom: 60 + contentsHeight },
      )
    )
      break;
  }
  w.text('Contenido', { size: 13, bold: true, color: hexColor(bg), gap: 4 });
  for (const a of own) w.text(`p. ${a.data.paginas.inicio}  ${a.data.titulo}`, { size: 10 });

  for (let page = 2; page <= lastPage; page++) {
    w.newPage();
    const starting = own.filter((a) => a.data.paginas.inicio === page);
    starting.forEach((article, i) => {
      const bottom = 60 + ((starting.length - 1 - i) * (792 - 2 * PdfWriter.MARGIN)) / starting.length;
      w.text(article.data.titulo, { size: 15, bold: true, gap: 2, bottom });
      w.text(article.data.autores.map((p) => p.nombre).join(' · '), { size: 9, color: hexColor(bg), gap: 8, bottom });
      for (const block of blocks(article.body)) {
        const ok = block.heading
          ? w.text(block.text, { size: 11.5, bold: true, color: hexColor(bg), gap: 3, bottom: bottom + 30 })
          : w.text(block.text, { bottom: bottom + 20 });
        if (!ok) {
          w.text('[…] Texto completo en el sitio.', { size: 9, bottom, gap: 16 });
          break;
        }
      }
    });
  }
  await savePdf(doc, join(PUBLIC, data.pdf));
}

const estados = Object.fromEntries((await readData('estados')).map((e) => [e.id, e]));
const organismos = Object.fromEntries((await readData('organismos')).map((o) => [o.id, o]));

for (const entry of await readEntries('abc')) {
  await writePng(
    coverSvg({
      series: 'Los ABC',
      numberLine: `Número ${entry.data.numero}`,
      title: entry.data.titulo,
      theme: entry.data.tema,
      colors: COVER_COLORS[entry.id],
    }),
    join(CONTENT, 'abc', entry.data.portada),
  );
  await booklePdf(entry);
}

const articles = await readEntries('articulos');
for (const issue of await readEntries('revista')) {
  const year = new Date(issue.data.fecha).getUTCFullYear();
  await writePng(
    coverSvg({
      series: 'México Transparente',
      numberLine: `Número ${issue.data.numero} · ${year}`,
      title: issue.data.tema,
      theme: 'Revista del Sistema Nacional de Transparencia',
      colors: COVER_COLORS[issue.id],
    }),
    join(CONTENT, 'revista', issue.data.portada),
  );
  await issuePdf(issue, articles);
}

for (const capsule of await readEntries('capsulas')) {
  const { data } = capsule;
  const place = data.estado ? estados[data.estado].nombre : SNT;
  await writePng(
    posterSvg({
      title: data.titulo,
      subtitle: `Cápsula · ${place} · ${data.duracion}`,
      siglas: organismos[data.organismo]?.siglas ?? 'SNT',
      colors: POSTER_COLORS[capsule.id],
    }),
    join(CONTENT, 'capsulas', data.poster),
  );
}

/** A call's rules: who may take part, its dates, categories and prizes, then its text. */
async function callRulesPdf(call) {
  const { data } = call;
  const { doc, fonts } = await newPdf(`Bases: ${data.titulo}`, `Convocatoria. ${LABEL}.`, new Date(data.fecha));
  const w = new PdfWriter(doc, fonts, 2);
  w.newPage();
  w.banner(LABEL.toUpperCase(), hexColor('#1f4e79'));
  w.text(`Bases: ${data.titulo}`, { size: 16, bold: true, gap: 12 });
  w.text(`Participan: ${data.publico}`);
  w.text(`Abre: ${data.apertura} · Cierra: ${data.cierre} (hora del centro de México)`, { gap: 12 });
  if (data.categorias?.length) {
    w.text('Categorías', { size: 12, bold: true });
    for (const category of data.categorias)
      w.text(`• ${category.nombre}${category.descripcion ? `: ${category.descripcion}` : ''}`);
  }
  if (data.premios?.length) {
    w.text('Premios', { size: 12, bold: true });
    for (const prize of data.premios) w.text(`• ${prize}`);
  }
  for (const block of blocks(call.body)) if (!w.text(block.text, block.heading ? { size: 12, bold: true } : {})) break;
  await savePdf(doc, join(PUBLIC, data.bases));
}

/** A winning work delivered as a file: its title, category and licence (the work itself is the real one). */
async function winningWorkPdf(call, winner) {
  const { obra } = winner;
  const { doc, fonts } = await newPdf(obra.titulo, `Obra ganadora. ${LABEL}.`, new Date(call.data.resultados.fecha));
  const w = new PdfWriter(doc, fonts, 1);
  w.newPage();
  w.banner(LABEL.toUpperCase(), hexColor('#1d6b4f'));
  w.text(obra.titulo, { size: 18, bold: true, gap: 12 });
  w.text(`${winner.lugar}, categoría «${winner.categoria}», de ${call.data.titulo}.`);
  w.text(`Autoría: ${winner.nombre}${winner.institucion ? `, ${winner.institucion}` : ''}.`);
  w.text(`Licencia de uso: ${obra.licencia}.`);
  w.text('Aquí iría la obra ganadora; este archivo de ejemplo solo muestra dónde se publica y cómo se descarga.');
  await savePdf(doc, join(PUBLIC, obra.archivo));
}

for (const call of await readEntries('convocatorias')) {
  if (call.data.bases) await callRulesPdf(call);
  for (const winner of call.data.resultados?.ganadores ?? [])
    if (winner.obra.archivo) await winningWorkPdf(call, winner);
}

console.log('Listo: portadas, pósteres y PDF de ejemplo generados.');
