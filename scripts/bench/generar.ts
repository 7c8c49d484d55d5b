// Synthetic content for the benchmark: N entries mixed across the five collections, valid
// against src/content.config.ts and the reference checks of src/lib. A pure function of its inputs.

/** Ids and files the generated entries may point to, read from the real project. */
export interface Pool {
  estados: string[];
  comisiones: string[];
  regiones: string[];
  organismos: string[];
  /** Magazine issue and booklet numbers already taken by real content. */
  revistaNumeros: number[];
  abcNumeros: number[];
  /** Images next to the real entries, relative to their collection folder (`./posters/x.png`). */
  posters: string[];
  portadasAbc: string[];
  portadasRevista: string[];
  /** Files under public/, as entries write them (`/media/capsulas/x.mp4`). */
  videos: { archivo: string; subtitulos: string }[];
  pdfsAbc: string[];
  pdfsRevista: string[];
  /**
   * Sentences of the real entries (bodies, summaries, plan texts): the generated text is made of them, so
   * its word frequencies are the real content's, as the search budgets need (bench report, «palabras»).
   */
  sentences: string[];
}

/** One file to write, relative to the project root. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** One generated entry and the address of its page. */
export interface GeneratedEntry {
  collection: 'planes' | 'abc' | 'revista' | 'articulos' | 'capsulas';
  id: string;
  url: string;
  format: 'md' | 'mdx';
}

export interface Generated {
  files: GeneratedFile[];
  entries: GeneratedEntry[];
}

/** Share of each collection, from what the SNT publishes: many capsules, articles by issue, few plans. */
export const PROPORTIONS = { capsulas: 0.6, articulos: 0.27, revista: 0.045, planes: 0.05, abc: 0.035 } as const;

/** How many entries of each collection N entries make; every collection gets at least one. */
export function counts(total: number): Record<GeneratedEntry['collection'], number> {
  const of = (share: number) => Math.max(1, Math.round(total * share));
  const revista = of(PROPORTIONS.revista);
  const articulos = of(PROPORTIONS.articulos);
  const planes = of(PROPORTIONS.planes);
  const abc = of(PROPORTIONS.abc);
  return { revista, articulos, planes, abc, capsulas: Math.max(1, total - revista - articulos - planes - abc) };
}

/** A small deterministic generator (mulberry32), so two runs with the same N write the same site. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const OBJECTS = [
  'la información sobre el presupuesto',
  'los datos personales de las y los usuarios',
  'las obligaciones de transparencia',
  'los expedientes de obra pública',
  'las respuestas a solicitudes de información',
  'los indicadores de gestión',
  'los contratos y convenios',
  'los datos abiertos del municipio',
  'las versiones públicas de los documentos',
  'los compromisos de gobierno abierto',
  'los recursos de revisión',
  'los avisos de privacidad',
] as const;
const TOPICS = [
  'acceso a la información',
  'protección de datos personales',
  'gobierno abierto',
  'archivos y gestión documental',
  'rendición de cuentas',
  'transparencia proactiva',
  'datos abiertos',
  'lenguaje ciudadano',
  'contrataciones públicas',
  'participación ciudadana',
  'inteligencia artificial y datos',
  'transparencia municipal',
] as const;
const ROLES = [
  'Comisionada',
  'Comisionado',
  'Coordinación de capacitación',
  'Área de comunicación social',
  'Secretaría técnica',
] as const;
const STATUSES = ['pendiente', 'en-proceso', 'cumplida'] as const;
/** What a synthetic YouTube id is made of (ASCII only, so splitting gives one character each). */
const YOUTUBE_ID_CHARACTERS = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-'.split('');
/** Seconds of video each transcript paragraph covers: about one sentence, as the real transcripts read. */
const SEGMENT_SECONDS = 18;

/** `count` real sentences picked at random: the text of one paragraph. */
const paragraph = (r: Random, pool: Pool, count: number) =>
  Array.from({ length: count }, () => r.pick(pool.sentences)).join(' ');
const paragraphs = (r: Random, pool: Pool, count: number) =>
  Array.from({ length: count }, () => paragraph(r, pool, r.int(2, 4))).join('\n\n');
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = (n: number) => String(n).padStart(5, '0');
const iso = (date: Date) => date.toISOString().slice(0, 10);
const q = (text: string) => JSON.stringify(text);

/** Markdown with headings, lists and emphasis, as the real articles and booklets are written. */
function sections(r: Random, pool: Pool, count: number): string {
  return Array.from({ length: count }, (_, index) => {
    const heading = `## ${capitalized(r.pick(TOPICS))}: ${r.pick(OBJECTS)}`;
    const list = r.chance(0.4)
      ? `\n\n${Array.from({ length: r.int(3, 6) }, () => `- **${capitalized(r.pick(TOPICS))}.** ${paragraph(r, pool, 1)}`).join('\n')}`
      : '';
    const sub = index % 3 === 2 ? `\n\n### ${capitalized(r.pick(OBJECTS))}\n\n${paragraph(r, pool, r.int(3, 5))}` : '';
    return `${heading}\n\n${paragraphs(r, pool, r.int(1, 2))}${list}${sub}`;
  }).join('\n\n');
}

/** YAML lines of a person (`nombre`, `cargo`, `organismo`), indented under a list key. */
const personYaml = (r: Random, pool: Pool, indent: string) =>
  `${indent}- nombre: ${q(`${r.pick(ROLES)} del organismo garante`)}\n${indent}  cargo: ${q(r.pick(ROLES))}\n${indent}  organismo: ${r.pick(pool.organismos)}`;

/**
 * N synthetic entries: capsules with transcripts, magazine issues with their articles, booklets,
 * and plans with many ejes and líneas, dated between `from` and `until`. As in the real content,
 * only plans are `.mdx` (their body places `<Ejes />`); everything else is `.md`.
 */
export function generate(total: number, pool: Pool, options: { until: Date; from?: Date; seed?: number }): Generated {
  const r = random(options.seed ?? 2026);
  const from = (options.from ?? new Date(Date.UTC(2016, 0, 1))).getTime();
  const span = options.until.getTime() - from;
  const date = () => new Date(from + Math.floor(r.next() * span));
  const n = counts(total);
  const files: GeneratedFile[] = [];
  const entries: GeneratedEntry[] = [];
  const add = (collection: GeneratedEntry['collection'], id: string, url: string, text: string) => {
    // MDX only where a component is needed, as in the real content: Markdown builds much faster.
    const format = collection === 'planes' ? 'mdx' : 'md';
    files.push({ path: `content/${collection}/${id}.${format}`, text });
    entries.push({ collection, id, url, format });
  };
  const updated = (fecha: Date) => {
    if (!r.chance(0.25)) return '';
    const later = new Date(Math.min(fecha.getTime() + r.int(5, 400) * 86_400_000, options.until.getTime()));
    return `actualizado: ${iso(later)}\n`;
  };

  const capsuleIds: string[] = [];
  for (let i = 0; i < n.capsulas; i++) {
    const topic = r.pick(TOPICS);
    const id = `capsula-${pad(i + 1)}-${slug(topic)}`;
    const estado = r.pick(pool.estados);
    const fecha = date();
    const seconds = r.int(30, 300);
    const youtube = r.chance(0.3);
    const video = youtube
      ? `  youtube: ${q(Array.from({ length: 11 }, () => r.pick(YOUTUBE_ID_CHARACTERS)).join(''))}`
      : (({ archivo, subtitulos }) => `  archivo: ${archivo}\n  subtitulos: ${subtitulos}`)(r.pick(pool.videos));
    const segments = Array.from({ length: Math.max(3, Math.round(seconds / SEGMENT_SECONDS)) }, (_, s) => {
      const at = (t: number) => `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
      const start = s * SEGMENT_SECONDS;
      return `**${at(start)} a ${at(Math.min(seconds, start + SEGMENT_SECONDS))}.** ${paragraph(r, pool, 1)}`;
    }).join('\n\n');
    add(
      'capsulas',
      id,
      `/capsulas/${id}/`,
      `---
titulo: ${q(`${capitalized(topic)}: ${r.pick(OBJECTS)} (${i + 1})`)}
resumen: ${q(paragraph(r, pool, 1))}
fecha: ${iso(fecha)}
${updated(fecha)}duracion: "${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}"
video:
${video}
poster: ${r.pick(pool.posters)}
posterAlt: ${q(`Cartel de la cápsula sobre ${topic}`)}
personas:
${Array.from({ length: r.int(1, 3) }, () => personYaml(r, pool, '  ')).join('\n')}
estado: ${estado}
comision: ${r.pick(pool.comisiones)}
organismo: ${r.pick(pool.organismos)}
---

${paragraph(r, pool, r.int(2, 4))}

## Transcripción

${segments}
`,
    );
    capsuleIds.push(id);
  }

  const firstIssue = Math.max(0, ...pool.revistaNumeros) + 1;
  const issues: { id: string; numero: number; fecha: Date }[] = [];
  for (let i = 0; i < n.revista; i++) {
    const numero = firstIssue + i;
    const id = `numero-${numero}`;
    const fecha = date();
    issues.push({ id, numero, fecha });
    add(
      'revista',
      id,
      `/revista/${numero}/`,
      `---
titulo: ${q(`México Transparente, número ${numero}: ${capitalized(r.pick(TOPICS))}`)}
resumen: ${q(paragraph(r, pool, 1))}
fecha: ${iso(fecha)}
numero: ${numero}
tema: ${q(capitalized(r.pick(TOPICS)))}
portada: ${r.pick(pool.portadasRevista)}
portadaAlt: ${q(`Portada del número ${numero} de la revista México Transparente`)}
pdf: ${r.pick(pool.pdfsRevista)}
comite:
${Array.from({ length: r.int(2, 4) }, () => personYaml(r, pool, '  ')).join('\n')}
---

## Presentación

${paragraphs(r, pool, r.int(2, 4))}
`,
    );
  }

  const articleIds: string[] = [];
  for (let i = 0; i < n.articulos; i++) {
    const issue = issues[i % issues.length] as (typeof issues)[number];
    const topic = r.pick(TOPICS);
    const id = `numero-${issue.numero}-articulo-${pad(i + 1)}-${slug(topic)}`;
    const estado = r.pick(pool.estados);
    const start = r.int(1, 60);
    add(
      'articulos',
      id,
      `/revista/${issue.numero}/${id}/`,
      `---
titulo: ${q(`${capitalized(topic)} y ${r.pick(OBJECTS)} (${i + 1})`)}
resumen: ${q(paragraph(r, pool, 1))}
fecha: ${iso(issue.fecha)}
${updated(issue.fecha)}revista: ${issue.id}
autores:
${Array.from({ length: r.int(1, 3) }, () => personYaml(r, pool, '  ')).join('\n')}
paginas:
  inicio: ${start}
  fin: ${start + r.int(0, 8)}
estados:
  - ${estado}
comisiones:
  - ${r.pick(pool.comisiones)}
---

${paragraph(r, pool, r.int(3, 5))}

${sections(r, pool, r.int(2, 3))}
`,
    );
    articleIds.push(id);
  }

  const firstBooklet = Math.max(0, ...pool.abcNumeros) + 1;
  for (let i = 0; i < n.abc; i++) {
    const numero = firstBooklet + i;
    const topic = r.pick(TOPICS);
    const id = `abc-${pad(numero)}-${slug(topic)}`;
    const fecha = date();
    const editions = r.int(1, 3);
    add(
      'abc',
      id,
      `/abc/${id}/`,
      `---
titulo: ${q(`El ABC de ${topic} (${numero})`)}
resumen: ${q(paragraph(r, pool, 1))}
fecha: ${iso(fecha)}
numero: ${numero}
tema: ${q(capitalized(topic))}
reforma: ${q(`Refleja la reforma de ${fecha.getUTCFullYear()} a la legislación de transparencia`)}
ediciones:
${Array.from({ length: editions }, (_, e) => `  - fecha: ${iso(new Date(Math.min(fecha.getTime() + e * 200 * 86_400_000, options.until.getTime())))}\n    descripcion: ${q(e === 0 ? 'Primera edición.' : `Edición ${e + 1}: ${paragraph(r, pool, 1)}`)}`).join('\n')}
portada: ${r.pick(pool.portadasAbc)}
portadaAlt: ${q(`Portada del cuadernillo ${numero} de la serie Los ABC`)}
pdf: ${r.pick(pool.pdfsAbc)}
comisiones:
  - ${r.pick(pool.comisiones)}
---

${paragraph(r, pool, r.int(3, 5))}

${sections(r, pool, r.int(4, 5))}
`,
    );
  }

  for (let i = 0; i < n.planes; i++) {
    const kind = r.pick(['comision', 'region', 'organismo'] as const);
    const owner =
      kind === 'comision'
        ? r.pick(pool.comisiones)
        : kind === 'region'
          ? r.pick(pool.regiones)
          : r.pick(pool.organismos);
    const fecha = date();
    const inicio = fecha.getUTCFullYear();
    const id = `plan-${pad(i + 1)}-${slug(owner).slice(0, 40)}-${inicio}`;
    const detailed = r.chance(0.3);
    const ejes = Array.from({ length: r.int(3, 6) }, (_, e) => {
      const lineas = Array.from({ length: r.int(3, 5) }, () => {
        const evidence =
          r.chance(0.1) && capsuleIds.length && articleIds.length
            ? `\n        evidencias:\n          capsulas:\n            - ${r.pick(capsuleIds)}\n          articulos:\n            - ${r.pick(articleIds)}`
            : '';
        const indicator = detailed
          ? `\n        actividades:\n${Array.from({ length: r.int(1, 2) }, () => `          - ${q(paragraph(r, pool, 1))}`).join('\n')}\n        meta: ${q(paragraph(r, pool, 1))}\n        indicador: ${q(`Porcentaje de ${r.pick(OBJECTS)}`)}\n        formula: ${q('(Acciones realizadas / acciones programadas) × 100')}\n        temporalidad: ${q(r.pick(['Trimestral', 'Semestral', 'Anual']))}\n        medioVerificacion: ${q('Informe de actividades publicado')}\n        estado: ${r.pick(STATUSES)}`
          : '';
        return `      - texto: ${q(paragraph(r, pool, 1))}${indicator}${evidence}`;
      }).join('\n');
      return `  - etiqueta: ${q(`Eje estratégico ${e + 1}`)}
    titulo: ${q(capitalized(r.pick(TOPICS)))}
    descripcion:
      - ${q(paragraph(r, pool, r.int(2, 4)))}
    objetivos:
      - ${q(paragraph(r, pool, 1))}
    lineas:
${lineas}`;
    }).join('\n');
    const ownerField =
      kind === 'comision' ? `comision: ${owner}` : kind === 'region' ? `region: ${owner}` : `organismo: ${owner}`;
    add(
      'planes',
      id,
      `/planes/${id}/`,
      `---
titulo: ${q(`Plan de trabajo ${inicio} de ${owner} (${i + 1})`)}
resumen: ${q(paragraph(r, pool, 1))}
fecha: ${iso(fecha)}
instancia: ${kind}
${ownerField}
presenta:
  nombre: ${q(`${r.pick(ROLES)} coordinadora`)}
  cargo: ${q(r.pick(ROLES))}
  organismo: ${r.pick(pool.organismos)}
periodo:
  inicio: ${inicio}
  fin: ${inicio + r.int(0, 2)}
lugar: "Ciudad de México"
ejes:
${ejes}
---

## Exposición de motivos

${paragraphs(r, pool, r.int(1, 3))}

## Objetivo general

${paragraph(r, pool, r.int(2, 3))}

## Ejes del plan de trabajo

<Ejes />

## Reflexiones finales

${paragraphs(r, pool, r.int(1, 2))}
`,
    );
  }
  return { files, entries };
}
