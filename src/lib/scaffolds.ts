/**
 * What `npm run nuevo` writes for each kind of entry: a draft that already builds, every field with
 * a `#` line that says what goes there. The registry of kinds (src/lib/kinds.ts) names each kind's
 * template; `scripts/nuevo.ts` gives them what they read from content/ and writes the files.
 * Plain TypeScript with no Astro runtime import, so that plain Node can run it.
 */
import type { HubCollection } from './kinds.ts';
import { COVERS_FOLDER, POSTERS_FOLDER } from './paths.ts';
import { abcUrl, articleUrl, callUrl, capsuleUrl, eventUrl, issueUrl, planUrl } from './urls.ts';

/** Marks every value the editor still has to write; the pages show it as is in `npm run dev`. */
export const TODO = 'PENDIENTE';

/** A YAML double-quoted string (JSON strings are valid YAML). */
const quoted = (text: string): string => JSON.stringify(text);

/** What a template may read from the project it writes into. */
export interface ScaffoldContext {
  /** The new entry's file name without extension: its title folded, made unique in its folder. */
  slug: string;
  /** Today's date as YYYY-MM-DD. */
  today: string;
  /** The first id of a reference data file such as content/comisiones.yaml. */
  firstId: (collection: HubCollection) => string;
  /** The highest `numero` among a numbered collection's entries, 0 when it has none. */
  highestNumber: (collection: 'abc' | 'revista') => number;
  /** The magazine issue with the highest number; fails with the editor's message when there is none. */
  latestIssue: () => { id: string; numero: number };
}

/** A template: what the new file holds besides the fields every entry shares. */
export type Scaffold = (context: ScaffoldContext) => Draft;

/** One kind's file: its name, frontmatter lines (after the shared ones), body, image and steps. */
export interface Draft {
  slug: string;
  fields: string[];
  body: string;
  image?: { field: 'portada' | 'poster'; folder: typeof COVERS_FOLDER | typeof POSTERS_FOLDER };
  url: string;
  steps: string[];
}

/** Lines for an optional image, pointing at the placeholder copied next to the entry. */
const imageLines = (field: 'portada' | 'poster', folder: string, slug: string, what: string): string[] => [
  `# ${what} junto a este archivo. Reemplaza ${folder}/${slug}.png por la imagen real con el mismo nombre.`,
  `${field}: ./${folder}/${slug}.png`,
  `# Texto alternativo: describe la imagen para quien no puede verla (qué muestra y qué texto lleva).`,
  `${field}Alt: ${quoted(`${TODO}: describe la imagen`)}`,
];

/** A work plan: its instance, who presents it, its period and one eje with one línea to copy. */
export function planDraft({ slug, today, firstId }: ScaffoldContext): Draft {
  const comision = firstId('comisiones');
  const organismo = firstId('organismos');
  const year = today.slice(0, 4);
  return {
    slug,
    fields: [
      '# Instancia del SNT que presenta el plan: comision, region u organismo. Con «region», cambia la línea',
      '# «comision» de abajo por «region: <id>» (content/regiones.yaml); con «organismo», por «organismo: <id>».',
      'instancia: comision',
      `# Comisión del plan: un «id» de content/comisiones.yaml (se puso la primera de la lista; cámbiala).`,
      `comision: ${comision}`,
      '# Quién presenta el plan.',
      'presenta:',
      '  # Nombre de la persona o del área que lo presenta.',
      `  nombre: ${quoted(`${TODO}: nombre de quien presenta el plan`)}`,
      '  # Su cargo, p. ej. «Comisionada Presidenta». Si no hace falta, borra esta línea y la de arriba.',
      `  cargo: ${quoted(`${TODO}: cargo`)}`,
      `  # Su organismo garante: un «id» de content/organismos.yaml (se puso el primero de la lista; cámbialo).`,
      `  organismo: ${organismo}`,
      '# Años que cubre el plan; en un plan de un solo año, «inicio» y «fin» son el mismo.',
      'periodo:',
      '  # Primer año.',
      `  inicio: ${year}`,
      '  # Último año.',
      `  fin: ${year}`,
      '# Opcional: lugar donde se firmó el plan. Quita el «#» del principio para usarlo.',
      '# lugar: "Ciudad, Estado"',
      '# Ejes, estrategias o programas, en el orden del plan. Para agregar otro, copia el bloque que empieza',
      '# con «- etiqueta» con la misma sangría.',
      'ejes:',
      '  # Cómo numera el plan este eje, p. ej. «Eje estratégico I», «Estrategia 2», «Programa 1».',
      '  - etiqueta: "Eje 1"',
      '    # Nombre del eje.',
      `    titulo: ${quoted(`${TODO}: nombre del eje`)}`,
      '    # Opcional: párrafos que explican el eje, uno por renglón que empieza con «- ».',
      '    descripcion:',
      `      - ${quoted(`${TODO}: párrafo que explica el eje`)}`,
      '    # Líneas de acción del eje, una por renglón que empieza con «- texto:».',
      '    lineas:',
      '      # Texto de la línea de acción, como lo escribieron sus autores.',
      `      - texto: ${quoted(`${TODO}: primera línea de acción`)}`,
    ],
    body: [
      `${TODO}: escribe aquí el texto del plan, en el orden del documento original: presentación, objetivos,`,
      'misión, visión, etc. Cada sección empieza con «## » y su título; para una lista, empieza cada renglón con «- ».',
      '',
      '## Ejes',
      '',
      'La línea de abajo muestra los ejes y las líneas de acción del encabezado. Ponla donde van en el plan.',
      '',
      '<Ejes />',
    ].join('\n'),
    url: planUrl(slug),
    steps: [
      `Revisa «instancia», «comision» y «presenta.organismo»: se pusieron ${comision} y ${organismo}, los primeros de cada lista, solo para que la entrada funcione.`,
      'Escribe los ejes y sus líneas de acción en el encabezado (entre las líneas «---»), no en el texto.',
    ],
  };
}

/** A «Los ABC» booklet, with the next free number of the series and its first edition. */
export function abcDraft({ slug, today, highestNumber }: ScaffoldContext): Draft {
  const numero = highestNumber('abc') + 1;
  return {
    slug,
    fields: [
      `# Número del cuadernillo en la serie «Los ABC» (se puso ${numero}, el siguiente libre).`,
      `numero: ${numero}`,
      '# Tema, p. ej. «Protección de datos personales».',
      `tema: ${quoted(`${TODO}: tema del cuadernillo`)}`,
      '# Reforma de ley que refleja el texto actual.',
      `reforma: ${quoted(`${TODO}: reforma de ley que refleja el texto`)}`,
      '# Ediciones, de la más antigua a la más reciente. Para agregar una, copia el bloque «- fecha».',
      'ediciones:',
      '  # Fecha de la edición (AAAA-MM-DD).',
      `  - fecha: ${today}`,
      '    # Qué cambió en esta edición.',
      '    descripcion: "Primera edición."',
      ...imageLines('portada', COVERS_FOLDER, slug, 'Portada'),
      `# Opcional: PDF para imprimir, subido a public/pdf/abc/. Quita el «#» del principio al subirlo.`,
      `# pdf: /pdf/abc/${slug}.pdf`,
      '# Comisiones relacionadas: «id» de content/comisiones.yaml, uno por renglón con «- », o [] si ninguna.',
      'comisiones: []',
    ],
    body: [
      `${TODO}: escribe aquí el texto completo del cuadernillo. Empieza con un párrafo que diga de qué trata.`,
      '',
      `## ${TODO}: primera sección`,
      '',
      'Cada sección empieza con «## » y su título. Separa los párrafos con una línea en blanco; para una lista,',
      'empieza cada renglón con «- ».',
    ].join('\n'),
    image: { field: 'portada', folder: COVERS_FOLDER },
    url: abcUrl(slug),
    steps: [`Revisa «numero»: se puso ${numero}, el siguiente de la serie.`],
  };
}

/** A magazine issue, with the next free number (which names its file and its address). */
export function issueDraft({ highestNumber }: ScaffoldContext): Draft {
  const numero = highestNumber('revista') + 1;
  const slug = `numero-${numero}`;
  return {
    slug,
    fields: [
      `# Número de la revista; es su dirección: /revista/${numero}/. Debe coincidir con el nombre del archivo.`,
      `numero: ${numero}`,
      '# Tema del número.',
      `tema: ${quoted(`${TODO}: tema del número`)}`,
      ...imageLines('portada', COVERS_FOLDER, slug, 'Portada'),
      `# Opcional: el número completo en PDF, subido a public/pdf/revista/. Quita el «#» del principio al subirlo.`,
      `# pdf: /pdf/revista/${slug}.pdf`,
      '# Comité editorial: una persona o área por bloque que empieza con «- nombre».',
      'comite:',
      '  # Nombre de la persona, o del área si no se nombra a nadie.',
      `  - nombre: ${quoted(`${TODO}: nombre`)}`,
      '    # Su cargo. Si no hace falta, borra esta línea y la de arriba.',
      `    cargo: ${quoted(`${TODO}: cargo`)}`,
      '    # Opcional: su organismo garante, un «id» de content/organismos.yaml. Quita el «#» para usarlo.',
      '    # organismo: id-del-organismo',
    ],
    body: [
      '## Presentación',
      '',
      `${TODO}: escribe aquí la presentación del número. Los artículos se crean aparte, cada uno con`,
      '«npm run nuevo -- articulo "Título del artículo"».',
    ].join('\n'),
    image: { field: 'portada', folder: COVERS_FOLDER },
    url: issueUrl(numero),
    steps: [`Es el número ${numero}: se publicará en ${issueUrl(numero)}.`],
  };
}

/** An article of the newest issue of the magazine. */
export function articleDraft({ slug, latestIssue }: ScaffoldContext): Draft {
  const issue = latestIssue();
  return {
    slug,
    fields: [
      `# Número de la revista al que pertenece: el nombre de su archivo en content/revista/ (se puso el más reciente).`,
      `revista: ${issue.id}`,
      '# Autoras y autores, en el orden de la firma: uno por bloque que empieza con «- nombre».',
      'autores:',
      '  # Nombre completo, o el área si no se nombra a nadie.',
      `  - nombre: ${quoted(`${TODO}: nombre de la autora o del autor`)}`,
      '    # Opcional: su cargo. Quita el «#» para usarlo.',
      '    # cargo: "Cargo"',
      '    # Opcional: su organismo garante, un «id» de content/organismos.yaml. Quita el «#» para usarlo.',
      '    # organismo: id-del-organismo',
      '# Páginas que ocupa en el PDF del número.',
      'paginas:',
      '  # Primera página.',
      '  inicio: 1',
      '  # Última página.',
      '  fin: 1',
      '# Estados de los que habla: «id» de content/estados.yaml, uno por renglón con «- », o [] si ninguno.',
      'estados: []',
      '# Comisiones relacionadas: «id» de content/comisiones.yaml, uno por renglón con «- », o [] si ninguna.',
      'comisiones: []',
    ],
    body: [
      `${TODO}: escribe aquí el texto completo del artículo. Empieza con un párrafo de entrada.`,
      '',
      `## ${TODO}: primera sección`,
      '',
      'Cada sección empieza con «## » y su título. Separa los párrafos con una línea en blanco.',
    ].join('\n'),
    url: articleUrl(issue.numero, slug),
    steps: [
      `Va en el número ${issue.numero} de la revista («revista: ${issue.id}», el más reciente); cámbialo si va en otro.`,
      'Escribe en «paginas» las páginas que ocupa en el PDF del número.',
    ],
  };
}

/** A video capsule: YouTube or a file of our own, its poster and a transcript to fill in. */
export function capsuleDraft({ slug }: ScaffoldContext): Draft {
  return {
    slug,
    fields: [
      '# Duración del video como minutos:segundos, entre comillas, p. ej. "1:30".',
      'duracion: "1:00"',
      '# El video. Hay dos maneras; usa solo una:',
      '#   1. En YouTube: escribe el id, los 11 caracteres que siguen a «v=» en la dirección del video',
      '#      (https://www.youtube.com/watch?v=XXXXXXXXXXX). El valor de abajo es provisional.',
      '#   2. Un archivo propio: sube el video .mp4 y sus subtítulos en español .vtt a public/media/capsulas/',
      '#      y cambia la línea «youtube» por estas dos:',
      `#        archivo: /media/capsulas/${slug}.mp4`,
      `#        subtitulos: /media/capsulas/${slug}.vtt`,
      'video:',
      '  # Provisional: cambia este id por el de tu video (o usa «archivo» y «subtitulos», como se explica arriba).',
      '  youtube: "IDPENDIENTE"',
      ...imageLines('poster', POSTERS_FOLDER, slug, 'Cartel que se ve antes de reproducir el video,'),
      '# Personas que aparecen: bloques «- nombre: …» con «cargo» y «organismo» opcionales, o [] si ninguna.',
      'personas: []',
      '# Opcionales: de qué estado viene, la comisión cuyo trabajo muestra y el organismo que la hizo',
      '# («id» de content/estados.yaml, comisiones.yaml y organismos.yaml). Quita el «#» para usarlos.',
      '# estado: id-del-estado',
      '# comision: id-de-la-comision',
      '# organismo: id-del-organismo',
    ],
    body: [
      `${TODO}: escribe aquí uno o dos párrafos que presenten la cápsula: de qué trata y quién participa.`,
      '',
      '## Transcripción',
      '',
      `${TODO}: escribe todo lo que se dice y lo que aparece en pantalla, con sus tiempos, por ejemplo:`,
      '',
      '**0:00 a 0:05.** Lo que se dice o se lee en ese momento.',
      '',
      '**0:05 a 0:12.** Lo que sigue.',
    ].join('\n'),
    image: { field: 'poster', folder: POSTERS_FOLDER },
    url: capsuleUrl(slug),
    steps: [
      'Pon el video: el id de YouTube, o un archivo .mp4 con sus subtítulos .vtt en public/ (el archivo explica las dos maneras).',
      'Escribe la transcripción completa bajo «## Transcripción».',
    ],
  };
}

/** A date a month after `today`, as AAAA-MM-DD: a new event or call needs a real date to build. */
const monthAfter = (today: string): string => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
};

/** Who organises an event or a call: empty lists to fill, each explained. */
const ORGANISERS_FIELDS = [
  '# Quién organiza.',
  'organizadores:',
  '  # Organismos garantes: «id» de content/organismos.yaml, p. ej. [info-cdmx].',
  '  organismos: []',
  '  # Comisiones: «id» de content/comisiones.yaml.',
  '  comisiones: []',
];

/** An event: a month from today, in person in the first state of the list, with its times on that state's clocks. */
export function eventDraft({ slug, today, firstId }: ScaffoldContext): Draft {
  const day = monthAfter(today);
  const estado = firstId('estados');
  return {
    slug,
    fields: [
      '# Tipo: foro, conferencia, congreso, taller, conversatorio u otro.',
      'tipo: foro',
      '# Cuándo empieza, con la hora del lugar (AAAA-MM-DD HH:MM). Se puso dentro de un mes; cámbialo.',
      `inicio: "${day} 10:00"`,
      '# Cuándo termina, igual que «inicio».',
      `fin: "${day} 14:00"`,
      '# Modalidad: presencial, virtual o hibrida. Presencial e híbrido llevan «sede»; virtual e híbrido, «enlace».',
      'modalidad: presencial',
      '# Lugar y dirección.',
      `sede: ${quoted(`${TODO}: lugar y dirección`)}`,
      '# Ciudad y entidad, p. ej. «Ciudad Juárez, Chihuahua».',
      `ciudad: ${quoted(`${TODO}: ciudad, estado`)}`,
      '# Opcional: dirección para seguirlo en línea y para inscribirse (https://…). Quita el «#» para usarlas.',
      '# enlace: https://…',
      '# registro: https://…',
      `# Entidades: «id» de content/estados.yaml. La primera decide la hora (se puso ${estado}; cámbiala).`,
      'estados:',
      `  - ${estado}`,
      '# Opcional: la zona horaria, solo si no es la principal de la entidad, p. ej. America/Ciudad_Juarez.',
      '# zonaHoraria: America/Mexico_City',
      ...ORGANISERS_FIELDS,
      '# Accesibilidad que ofrece: lengua-de-senas, subtitulos, rampas, materiales-accesibles, lenguas-indigenas.',
      'accesibilidad: []',
      '# Después del evento: «grabacion: id-de-la-capsula» con su grabación.',
    ],
    body: [
      `${TODO}: escribe aquí de qué trata el evento, a quién está dirigido y qué se hará.`,
      '',
      '## Programa',
      '',
      `1. ${TODO}: primera actividad.`,
    ].join('\n'),
    url: eventUrl(slug),
    steps: [
      `Revisa «inicio», «fin» y «estados»: se puso un día dentro de un mes en ${estado}, solo para que la entrada funcione.`,
      'Si es virtual o híbrido, agrega «enlace»; si hay registro, «registro».',
    ],
  };
}

/** A call: open from today for a month, with one category and one prize to rewrite. */
export function callDraft({ slug, today }: ScaffoldContext): Draft {
  return {
    slug,
    fields: [
      '# Tipo: spots-de-radio, periodismo, ensayo, video, dibujo, aplicaciones u otro.',
      'tipo: otro',
      '# Quiénes pueden participar.',
      `publico: ${quoted(`${TODO}: quiénes participan`)}`,
      '# Cuándo abre (AAAA-MM-DD HH:MM, hora del centro). Se puso hoy; cámbialo.',
      `apertura: "${today} 09:00"`,
      '# Cuándo cierra, igual que «apertura». Se puso dentro de un mes; cámbialo.',
      `cierre: "${monthAfter(today)} 18:00"`,
      '# Opcional: las bases en PDF, subidas a public/pdf/convocatorias/. Quita el «#» al subirlas.',
      `# bases: /pdf/convocatorias/${slug}.pdf`,
      '# Categorías: para agregar una, copia las dos líneas de «- nombre».',
      'categorias:',
      '  # Nombre de la categoría; puede llevar «descripcion» debajo.',
      `  - nombre: ${quoted(`${TODO}: categoría`)}`,
      '# Premios, uno por renglón.',
      'premios:',
      `  - ${quoted(`${TODO}: premio`)}`,
      ...ORGANISERS_FIELDS,
      '# Cuando cierre y haya ganadores, agrega «resultados» (ver la guía de edición del README).',
    ],
    body: [
      `${TODO}: escribe aquí de qué trata la convocatoria y cómo participar.`,
      '',
      '## Cómo participar',
      '',
      `1. ${TODO}: primer paso.`,
    ].join('\n'),
    url: callUrl(slug),
    steps: [
      'Revisa «apertura» y «cierre»: se puso un mes desde hoy, solo para que la entrada funcione.',
      'Sube las bases en PDF y quita el «#» de «bases».',
    ],
  };
}

/** The whole text of a new entry: shared fields, the kind's fields and the body guide. */
export function entryText(title: string, today: string, draft: Draft): string {
  return [
    '---',
    '# Título como lo verán las personas lectoras.',
    `titulo: ${quoted(title)}`,
    '# Una o dos oraciones para listas, resultados de búsqueda y redes sociales.',
    `resumen: ${quoted(`${TODO}: resumen de una o dos oraciones.`)}`,
    '# Fecha de publicación (AAAA-MM-DD). Se puso la de hoy; cámbiala si hace falta.',
    `fecha: ${today}`,
    'borrador: true # quita esta línea cuando la entrada esté lista para publicarse',
    ...draft.fields,
    '---',
    '',
    draft.body,
    '',
  ].join('\n');
}
