import type { CollectionEntry } from 'astro:content';
import { eventZone } from './agenda.ts';
import { byId, perCatalog, resolve, type Catalog } from './catalog.ts';
import { isoDay } from './dates.ts';
import { entryUrl, HUBS, KINDS, type EntryCollection, type HubCollection } from './kinds.ts';
import { instanceOf } from './plans.ts';
import { retiredNotice, type Retirable } from './retired.ts';
import { lineAnchor } from './urls.ts';

/**
 * The open data of /datos/: every dataset and its columns, defined once here. The JSON and CSV files
 * and the documentation pages are all generated from these definitions, so they cannot disagree.
 * Column names are a published contract: add columns at the end, never rename or remove one.
 */

/** Kinds of value a column holds. */
export type ColumnType = 'texto' | 'entero' | 'fecha' | 'fechaHora' | 'url' | 'booleano' | 'lista';

/** How each kind of value is described to readers, and written in the CSV. */
export const COLUMN_TYPES: Record<ColumnType, string> = {
  texto: 'Texto',
  entero: 'Número entero',
  fecha: 'Fecha (AAAA-MM-DD; AAAA-MM o AAAA cuando solo se sabe el mes o el año)',
  fechaHora: 'Fecha y hora locales (AAAA-MM-DD HH:MM), en la zona horaria de la columna «zonaHoraria»',
  url: 'Dirección web (URL absoluta)',
  booleano: 'Booleano (true o false)',
  lista: 'Lista de textos (en CSV, unidos con «; »)',
};

/** One value of a row; `null` when the entry does not give it. */
export type Cell = string | number | boolean | string[] | null;

/** One row, keyed by column name, in column order. */
export type Row = Record<string, Cell>;

/** A column of a dataset and how to read it from one source record. */
interface ColumnDefinition<Source> {
  name: string;
  type: ColumnType;
  /** What the column holds, in Spanish. */
  description: string;
  /** Its value for one source record; `catalog` resolves references. */
  value: (source: Source, catalog: Catalog) => Cell;
}

/** A column as documentation and tests see it. */
export type Column = Omit<ColumnDefinition<unknown>, 'value'>;

/** A dataset as pages and endpoints see it. */
export interface Dataset {
  /** Slug of its files and page: `/datos/<id>.json`, `/datos/<id>.csv`, `/datos/<id>/`. */
  id: string;
  /** Title, in Spanish. */
  title: string;
  /** What one row is and where it comes from, in Spanish. */
  description: string;
  columns: Column[];
  /** Every row, from published entries only; computed once per catalog (four routes read them). */
  rows: (catalog: Catalog) => Row[];
}

function dataset<Source>(definition: {
  id: string;
  title: string;
  description: string;
  sources: (catalog: Catalog) => Source[];
  columns: ColumnDefinition<Source>[];
}): Dataset {
  const { columns } = definition;
  return {
    id: definition.id,
    title: definition.title,
    description: definition.description,
    columns: columns.map(({ name, type, description }) => ({ name, type, description })),
    rows: perCatalog((catalog) =>
      definition
        .sources(catalog)
        .map((source) => Object.fromEntries(columns.map((column) => [column.name, column.value(source, catalog)]))),
    ),
  };
}

/** An internal path as an absolute URL of the published site. */
export const absoluteUrl = (path: string): string => new URL(path, import.meta.env.SITE).href;

const day = (date: Date | undefined): string | null => (date ? isoDay(date) : null);
const optional = (value: string | number | undefined): string | number | null => value ?? null;
const refId = (ref: { id: string } | undefined): string | null => ref?.id ?? null;
const refIds = (refs: { id: string }[]): string[] => refs.map((ref) => ref.id);
const fileUrl = (path: string | undefined): string | null => (path ? absoluteUrl(path) : null);

/** Columns every published entry shares, its address from the registry of kinds. */
function entryColumns<C extends EntryCollection>(): ColumnDefinition<CollectionEntry<C>>[] {
  return [
    {
      name: 'id',
      type: 'texto',
      description: 'Identificador de la entrada; es parte de su dirección.',
      value: (e) => e.id,
    },
    {
      name: 'url',
      type: 'url',
      description: 'Dirección de su página en el micrositio.',
      value: (e, catalog) => absoluteUrl(entryUrl(catalog, e)),
    },
    { name: 'titulo', type: 'texto', description: 'Título.', value: (e) => e.data.titulo },
    { name: 'resumen', type: 'texto', description: 'Resumen breve.', value: (e) => e.data.resumen },
    { name: 'fecha', type: 'fecha', description: 'Fecha de publicación.', value: (e) => e.data.fecha },
    {
      name: 'actualizado',
      type: 'fecha',
      description: 'Fecha del último cambio de fondo; vacía si no ha cambiado desde su publicación.',
      value: (e) => day(e.data.actualizado),
    },
  ];
}

const exampleColumn = <E extends { data: { ejemplo: boolean } }>(): ColumnDefinition<E> => ({
  name: 'ejemplo',
  type: 'booleano',
  description: 'true si es contenido de ejemplo, sin fuente real.',
  value: (e) => e.data.ejemplo,
});

/**
 * Whether a row is retired (its page stays, no longer current): when, why and the address of what replaces
 * it; all empty for a current one. `successor` describes the last column for its kind.
 */
const retiredColumns = <E extends Retirable>(successor: string): ColumnDefinition<E>[] => [
  {
    name: 'retiradoFecha',
    type: 'fecha',
    description:
      'Fecha en que se marcó como retirado: ya no está vigente y su página sigue publicada, con un aviso. Vacía si está vigente.',
    value: (e) => e.data.retirado?.fecha ?? null,
  },
  {
    name: 'retiradoMotivo',
    type: 'texto',
    description: 'Por qué se retiró; vacío si está vigente.',
    value: (e) => e.data.retirado?.motivo ?? null,
  },
  {
    name: 'retiradoSucesor',
    type: 'url',
    description: successor,
    value: (e, catalog) => {
      const successor = retiredNotice(catalog, e)?.successor;
      return successor ? absoluteUrl(successor.href) : null;
    },
  },
];

/** The dataset of a kind of entry: one row per published entry, the shared columns first. */
const entryDataset = <C extends EntryCollection>(
  collection: C,
  definition: { title: string; description: string; columns: ColumnDefinition<CollectionEntry<C>>[] },
): Dataset =>
  dataset<CollectionEntry<C>>({
    id: KINDS[collection].dataset,
    title: definition.title,
    description: definition.description,
    sources: (catalog) => catalog[collection],
    columns: [
      ...entryColumns<C>(),
      ...definition.columns,
      exampleColumn<CollectionEntry<C>>(),
      ...retiredColumns<CollectionEntry<C>>('Dirección de la entrada que la reemplaza, si se retiró y la hay.'),
    ],
  });

/** The dataset of a kind of hub: one row per entry of its data file, its id and address first. */
const hubDataset = <C extends HubCollection>(
  collection: C,
  definition: {
    title: string;
    description: string;
    /** How the id column names one of them: «de la entidad», «del organismo». */
    of: string;
    columns: ColumnDefinition<CollectionEntry<C>>[];
  },
): Dataset =>
  dataset<CollectionEntry<C>>({
    id: HUBS[collection].dataset,
    title: definition.title,
    description: definition.description,
    sources: (catalog) => catalog[collection],
    columns: [
      {
        name: 'id',
        type: 'texto',
        description: `Identificador ${definition.of}; es parte de su dirección.`,
        value: (hub) => hub.id,
      },
      {
        name: 'url',
        type: 'url',
        description: 'Dirección de su página en el micrositio.',
        value: (hub) => absoluteUrl(HUBS[collection].url(hub.id)),
      },
      ...definition.columns,
    ],
  });

type Plan = CollectionEntry<'planes'>;

/** One winner of a call. */
interface WinnerSource {
  call: CollectionEntry<'convocatorias'>;
  winner: NonNullable<CollectionEntry<'convocatorias'>['data']['resultados']>['ganadores'][number];
}

/** One línea de acción with the plan and eje it belongs to. */
interface LineSource {
  plan: Plan;
  axis: Plan['data']['ejes'][number];
  axisNumber: number;
  line: Plan['data']['ejes'][number]['lineas'][number];
  lineNumber: number;
}

/** The issue number an article belongs to. */
const issueNumber = (catalog: Catalog, id: string): number => {
  const issue = byId(catalog, 'revista', id);
  if (!issue) throw new Error(`Artículo de un número no publicado: ${id}`);
  return issue.data.numero;
};

/** Every dataset of /datos/, in the order the index lists them. */
export const DATASETS: Dataset[] = [
  entryDataset('planes', {
    title: 'Planes de trabajo',
    description:
      'Los planes de trabajo publicados de las comisiones, las coordinaciones regionales y los organismos garantes del SNT: una fila por plan.',
    columns: [
      {
        name: 'instancia',
        type: 'texto',
        description: 'Tipo de instancia a la que pertenece el plan: comision, region u organismo.',
        value: (plan) => plan.data.instancia,
      },
      {
        name: 'instanciaId',
        type: 'texto',
        description: 'Identificador de la comisión, región u organismo al que pertenece el plan.',
        value: (plan, catalog) => instanceOf(plan.data, catalog).id,
      },
      {
        name: 'instanciaNombre',
        type: 'texto',
        description: 'Nombre de la comisión, región u organismo al que pertenece el plan.',
        value: (plan, catalog) => instanceOf(plan.data, catalog).name,
      },
      {
        name: 'presentaNombre',
        type: 'texto',
        description: 'Persona o área que presenta el plan.',
        value: (plan) => plan.data.presenta.nombre,
      },
      {
        name: 'presentaCargo',
        type: 'texto',
        description: 'Cargo de quien presenta el plan.',
        value: (plan) => optional(plan.data.presenta.cargo),
      },
      {
        name: 'presentaOrganismo',
        type: 'texto',
        description: 'Identificador del organismo garante de quien presenta el plan (ver el conjunto «organismos»).',
        value: (plan) => plan.data.presenta.organismo.id,
      },
      {
        name: 'periodoInicio',
        type: 'entero',
        description: 'Primer año que cubre el plan.',
        value: (plan) => plan.data.periodo.inicio,
      },
      {
        name: 'periodoFin',
        type: 'entero',
        description: 'Último año que cubre el plan.',
        value: (plan) => plan.data.periodo.fin,
      },
      {
        name: 'lugar',
        type: 'texto',
        description: 'Lugar donde se firmó o presentó el plan.',
        value: (plan) => optional(plan.data.lugar),
      },
      {
        name: 'ejes',
        type: 'entero',
        description: 'Número de ejes, estrategias o programas del plan.',
        value: (plan) => plan.data.ejes.length,
      },
      {
        name: 'lineas',
        type: 'entero',
        description: 'Número de líneas de acción del plan (ver el conjunto «lineas-de-accion»).',
        value: (plan) => plan.data.ejes.reduce((sum, axis) => sum + axis.lineas.length, 0),
      },
    ],
  }),
  dataset<LineSource>({
    id: 'lineas-de-accion',
    title: 'Líneas de acción',
    description:
      'Todas las líneas de acción de todos los planes de trabajo publicados, con su eje, sus indicadores y su estado de avance: una fila por línea.',
    sources: (catalog) =>
      catalog.planes.flatMap((plan) =>
        plan.data.ejes.flatMap((axis, a) =>
          axis.lineas.map((line, l) => ({ plan, axis, axisNumber: a + 1, line, lineNumber: l + 1 })),
        ),
      ),
    columns: [
      {
        name: 'plan',
        type: 'texto',
        description: 'Identificador del plan (ver el conjunto «planes»).',
        value: (s) => s.plan.id,
      },
      { name: 'planTitulo', type: 'texto', description: 'Título del plan.', value: (s) => s.plan.data.titulo },
      {
        name: 'eje',
        type: 'entero',
        description: 'Número del eje dentro del plan, desde 1.',
        value: (s) => s.axisNumber,
      },
      {
        name: 'ejeEtiqueta',
        type: 'texto',
        description: 'Etiqueta del eje como la numera el plan, p. ej. «Eje estratégico I» o «Estrategia 2».',
        value: (s) => s.axis.etiqueta,
      },
      { name: 'ejeTitulo', type: 'texto', description: 'Nombre del eje.', value: (s) => s.axis.titulo },
      {
        name: 'linea',
        type: 'texto',
        description: 'Número de la línea como «eje.línea», p. ej. «2.3».',
        value: (s) => `${s.axisNumber}.${s.lineNumber}`,
      },
      {
        name: 'url',
        type: 'url',
        description: 'Dirección de la línea en la página del plan (con el ancla #linea-N-M).',
        value: (s, catalog) => absoluteUrl(`${entryUrl(catalog, s.plan)}#${lineAnchor(s.axisNumber, s.lineNumber)}`),
      },
      { name: 'texto', type: 'texto', description: 'Texto de la línea de acción.', value: (s) => s.line.texto },
      {
        name: 'actividades',
        type: 'lista',
        description: 'Actividades concretas que la llevan a cabo.',
        value: (s) => s.line.actividades ?? [],
      },
      { name: 'meta', type: 'texto', description: 'Meta que persigue.', value: (s) => optional(s.line.meta) },
      {
        name: 'indicador',
        type: 'texto',
        description: 'Nombre del indicador que la mide.',
        value: (s) => optional(s.line.indicador),
      },
      { name: 'formula', type: 'texto', description: 'Fórmula del indicador.', value: (s) => optional(s.line.formula) },
      {
        name: 'temporalidad',
        type: 'texto',
        description: 'Cada cuánto se mide o cuándo ocurre.',
        value: (s) => optional(s.line.temporalidad),
      },
      {
        name: 'medioVerificacion',
        type: 'texto',
        description: 'Medio de verificación.',
        value: (s) => optional(s.line.medioVerificacion),
      },
      {
        name: 'estado',
        type: 'texto',
        description: 'Estado de avance: pendiente, en-proceso o cumplida; vacío si el plan no lo informa.',
        value: (s) => optional(s.line.estado),
      },
    ],
  }),
  entryDataset('abc', {
    title: 'Cuadernillos «Los ABC»',
    description: 'Los cuadernillos publicados de la serie «Los ABC»: una fila por cuadernillo.',
    columns: [
      { name: 'numero', type: 'entero', description: 'Número en la serie.', value: (b) => b.data.numero },
      { name: 'tema', type: 'texto', description: 'Tema del cuadernillo.', value: (b) => b.data.tema },
      {
        name: 'reforma',
        type: 'texto',
        description: 'Reforma legal que refleja el texto vigente.',
        value: (b) => b.data.reforma,
      },
      {
        name: 'ediciones',
        type: 'lista',
        description: 'Ediciones, de la más antigua a la más reciente, como «AAAA-MM-DD: descripción».',
        value: (b) => b.data.ediciones.map((edition) => `${isoDay(edition.fecha)}: ${edition.descripcion}`),
      },
      {
        name: 'pdf',
        type: 'url',
        description: 'Dirección del PDF para imprimir, si lo hay.',
        value: (b) => fileUrl(b.data.pdf),
      },
      {
        name: 'comisiones',
        type: 'lista',
        description: 'Identificadores de las comisiones relacionadas (ver el conjunto «comisiones»).',
        value: (b) => refIds(b.data.comisiones),
      },
    ],
  }),
  entryDataset('revista', {
    title: 'Revista México Transparente',
    description: 'Los números publicados de la revista México Transparente: una fila por número.',
    columns: [
      { name: 'numero', type: 'entero', description: 'Número de la revista.', value: (i) => i.data.numero },
      { name: 'tema', type: 'texto', description: 'Tema del número.', value: (i) => i.data.tema },
      {
        name: 'pdf',
        type: 'url',
        description: 'Dirección del número completo en PDF, si lo hay.',
        value: (i) => fileUrl(i.data.pdf),
      },
      {
        name: 'comite',
        type: 'lista',
        description: 'Nombres de las personas del comité editorial.',
        value: (i) => i.data.comite.map((person) => person.nombre),
      },
    ],
  }),
  entryDataset('articulos', {
    title: 'Artículos de la revista',
    description: 'Los artículos publicados de la revista México Transparente: una fila por artículo.',
    columns: [
      {
        name: 'revista',
        type: 'entero',
        description: 'Número de la revista en que aparece (ver el conjunto «revista»).',
        value: (a, catalog) => issueNumber(catalog, a.data.revista.id),
      },
      {
        name: 'autores',
        type: 'lista',
        description: 'Nombres de las personas autoras, en el orden de la firma.',
        value: (a) => a.data.autores.map((author) => author.nombre),
      },
      {
        name: 'paginaInicio',
        type: 'entero',
        description: 'Primera página en el PDF del número.',
        value: (a) => a.data.paginas.inicio,
      },
      {
        name: 'paginaFin',
        type: 'entero',
        description: 'Última página en el PDF del número.',
        value: (a) => a.data.paginas.fin,
      },
      {
        name: 'estados',
        type: 'lista',
        description: 'Identificadores de las entidades de las que trata (ver el conjunto «estados»).',
        value: (a) => refIds(a.data.estados),
      },
      {
        name: 'comisiones',
        type: 'lista',
        description: 'Identificadores de las comisiones relacionadas (ver el conjunto «comisiones»).',
        value: (a) => refIds(a.data.comisiones),
      },
    ],
  }),
  entryDataset('capsulas', {
    title: 'Cápsulas de video',
    description: 'Las cápsulas de video publicadas: una fila por cápsula.',
    columns: [
      { name: 'duracion', type: 'entero', description: 'Duración en segundos.', value: (c) => c.data.duracion },
      {
        name: 'youtube',
        type: 'texto',
        description: 'Identificador del video en YouTube, si se publica ahí.',
        value: (c) => optional(c.data.video.youtube),
      },
      {
        name: 'video',
        type: 'url',
        description: 'Dirección del archivo de video propio, si no está en YouTube.',
        value: (c) => fileUrl(c.data.video.archivo),
      },
      {
        name: 'subtitulos',
        type: 'url',
        description: 'Dirección de los subtítulos en español (WebVTT) del video propio.',
        value: (c) => fileUrl(c.data.video.subtitulos),
      },
      {
        name: 'personas',
        type: 'lista',
        description: 'Nombres de las personas que aparecen.',
        value: (c) => c.data.personas.map((person) => person.nombre),
      },
      {
        name: 'estado',
        type: 'texto',
        description: 'Identificador de la entidad de la que proviene (ver el conjunto «estados»).',
        value: (c) => refId(c.data.estado),
      },
      {
        name: 'comision',
        type: 'texto',
        description: 'Identificador de la comisión cuyo trabajo muestra (ver el conjunto «comisiones»).',
        value: (c) => refId(c.data.comision),
      },
      {
        name: 'organismo',
        type: 'texto',
        description: 'Identificador del organismo garante que la produjo (ver el conjunto «organismos»).',
        value: (c) => refId(c.data.organismo),
      },
    ],
  }),
  entryDataset('eventos', {
    title: 'Eventos',
    description:
      'Foros, conferencias, congresos, talleres y conversatorios publicados, con sus fechas en la hora del lugar: una fila por evento.',
    columns: [
      {
        name: 'tipo',
        type: 'texto',
        description: 'foro, conferencia, congreso, taller, conversatorio u otro.',
        value: (e) => e.data.tipo,
      },
      {
        name: 'inicio',
        type: 'fechaHora',
        description: 'Cuándo empieza.',
        value: (e) => e.data.inicio.replace('T', ' '),
      },
      { name: 'fin', type: 'fechaHora', description: 'Cuándo termina.', value: (e) => e.data.fin.replace('T', ' ') },
      {
        name: 'zonaHoraria',
        type: 'texto',
        description: 'Zona horaria IANA de sus fechas, p. ej. America/Tijuana.',
        value: (e, catalog) => eventZone(catalog, e),
      },
      {
        name: 'modalidad',
        type: 'texto',
        description: 'presencial, virtual o hibrida.',
        value: (e) => e.data.modalidad,
      },
      { name: 'sede', type: 'texto', description: 'Lugar y dirección.', value: (e) => optional(e.data.sede) },
      { name: 'ciudad', type: 'texto', description: 'Ciudad de la sede.', value: (e) => optional(e.data.ciudad) },
      { name: 'enlace', type: 'url', description: 'Dónde seguirlo en línea.', value: (e) => optional(e.data.enlace) },
      { name: 'registro', type: 'url', description: 'Dónde inscribirse.', value: (e) => optional(e.data.registro) },
      {
        name: 'estados',
        type: 'lista',
        description: 'Identificadores de sus entidades (ver el conjunto «estados»).',
        value: (e) => refIds(e.data.estados),
      },
      {
        name: 'organismos',
        type: 'lista',
        description: 'Identificadores de los organismos garantes que lo organizan.',
        value: (e) => refIds(e.data.organizadores.organismos),
      },
      {
        name: 'comisiones',
        type: 'lista',
        description: 'Identificadores de las comisiones del SNT que lo organizan.',
        value: (e) => refIds(e.data.organizadores.comisiones),
      },
      {
        name: 'accesibilidad',
        type: 'lista',
        description: 'Lo que ofrece: lengua-de-senas, subtitulos, rampas, materiales-accesibles, lenguas-indigenas.',
        value: (e) => e.data.accesibilidad,
      },
      {
        name: 'grabacion',
        type: 'texto',
        description: 'Identificador de la cápsula con su grabación (ver el conjunto «capsulas»).',
        value: (e) => refId(e.data.grabacion),
      },
      {
        name: 'lineas',
        type: 'lista',
        description: 'Líneas de acción que cumple, como «plan 2.3» (ver el conjunto «lineas-de-accion»).',
        value: (e) => e.data.lineas.map(({ plan, linea }) => `${plan.id} ${linea}`),
      },
    ],
  }),
  entryDataset('convocatorias', {
    title: 'Convocatorias',
    description:
      'Convocatorias y concursos publicados, con sus fechas de apertura y cierre: una fila por convocatoria.',
    columns: [
      {
        name: 'tipo',
        type: 'texto',
        description: 'spots-de-radio, periodismo, ensayo, video, dibujo, aplicaciones u otro.',
        value: (c) => c.data.tipo,
      },
      { name: 'edicion', type: 'entero', description: 'Número de edición.', value: (c) => optional(c.data.edicion) },
      { name: 'publico', type: 'texto', description: 'Quiénes pueden participar.', value: (c) => c.data.publico },
      {
        name: 'apertura',
        type: 'fechaHora',
        description: 'Cuándo abre.',
        value: (c) => c.data.apertura.replace('T', ' '),
      },
      {
        name: 'cierre',
        type: 'fechaHora',
        description: 'Cuándo cierra.',
        value: (c) => c.data.cierre.replace('T', ' '),
      },
      {
        name: 'zonaHoraria',
        type: 'texto',
        description: 'Zona horaria IANA de sus fechas.',
        value: (c) => c.data.zonaHoraria,
      },
      { name: 'bases', type: 'url', description: 'Sus bases en PDF.', value: (c) => fileUrl(c.data.bases) },
      {
        name: 'categorias',
        type: 'lista',
        description: 'Nombres de sus categorías.',
        value: (c) => c.data.categorias.map((category) => category.nombre),
      },
      { name: 'premios', type: 'lista', description: 'Premios.', value: (c) => c.data.premios },
      {
        name: 'organismos',
        type: 'lista',
        description: 'Identificadores de los organismos garantes que la convocan.',
        value: (c) => refIds(c.data.organizadores.organismos),
      },
      {
        name: 'comisiones',
        type: 'lista',
        description: 'Identificadores de las comisiones del SNT que la convocan.',
        value: (c) => refIds(c.data.organizadores.comisiones),
      },
      {
        name: 'estados',
        type: 'lista',
        description: 'Entidades a las que se dirige, si no es nacional.',
        value: (c) => refIds(c.data.estados),
      },
      {
        name: 'resultados',
        type: 'fecha',
        description: 'Fecha de publicación de sus resultados; vacía si aún no los tiene.',
        value: (c) => day(c.data.resultados?.fecha),
      },
      {
        name: 'ganadores',
        type: 'entero',
        description: 'Número de obras ganadoras (ver el conjunto «obras-ganadoras»).',
        value: (c) => c.data.resultados?.ganadores.length ?? 0,
      },
    ],
  }),
  dataset<WinnerSource>({
    id: 'obras-ganadoras',
    title: 'Obras ganadoras',
    description:
      'Las obras ganadoras de todas las convocatorias, con la licencia con que cualquier organismo garante puede reutilizarlas: una fila por obra.',
    sources: (catalog) =>
      catalog.convocatorias.flatMap((call) =>
        (call.data.resultados?.ganadores ?? []).map((winner) => ({ call, winner })),
      ),
    columns: [
      {
        name: 'convocatoria',
        type: 'texto',
        description: 'Identificador de la convocatoria (ver el conjunto «convocatorias»).',
        value: (s) => s.call.id,
      },
      { name: 'categoria', type: 'texto', description: 'Categoría en que ganó.', value: (s) => s.winner.categoria },
      {
        name: 'lugar',
        type: 'texto',
        description: 'Lugar que obtuvo, p. ej. «Primer lugar».',
        value: (s) => s.winner.lugar,
      },
      {
        name: 'nombre',
        type: 'texto',
        description: 'Nombre de quien la hizo, como lo publican los resultados.',
        value: (s) => s.winner.nombre,
      },
      {
        name: 'institucion',
        type: 'texto',
        description: 'Institución o escuela.',
        value: (s) => optional(s.winner.institucion),
      },
      { name: 'obra', type: 'texto', description: 'Título de la obra.', value: (s) => s.winner.obra.titulo },
      {
        name: 'obraUrl',
        type: 'url',
        description: 'Dónde verla, escucharla o descargarla.',
        value: (s, catalog) => {
          const { capsula, audio, archivo } = s.winner.obra;
          return capsula ? absoluteUrl(entryUrl(catalog, resolve(catalog, capsula))) : fileUrl(audio ?? archivo);
        },
      },
      {
        name: 'licencia',
        type: 'texto',
        description: 'Licencia de uso (identificador SPDX), p. ej. CC-BY-4.0.',
        value: (s) => s.winner.obra.licencia,
      },
      {
        name: 'ejemplo',
        type: 'booleano',
        description: 'true si es contenido de ejemplo, sin fuente real.',
        value: (s) => s.call.data.ejemplo,
      },
    ],
  }),
  hubDataset('estados', {
    title: 'Entidades federativas',
    description: 'Las 32 entidades federativas y la región del SNT a la que pertenece cada una.',
    of: 'de la entidad',
    columns: [
      { name: 'nombre', type: 'texto', description: 'Nombre de la entidad.', value: (s) => s.data.nombre },
      {
        name: 'claveInegi',
        type: 'texto',
        description: 'Clave INEGI de dos dígitos, p. ej. «08».',
        value: (s) => s.data.claveInegi,
      },
      {
        name: 'region',
        type: 'texto',
        description: 'Identificador de la región del SNT (ver el conjunto «regiones»).',
        value: (s) => s.data.region.id,
      },
      {
        name: 'zonasHorarias',
        type: 'lista',
        description: 'Sus zonas horarias de la base IANA, la principal primero.',
        value: (s) => s.data.zonasHorarias,
      },
    ],
  }),
  hubDataset('regiones', {
    title: 'Regiones del SNT',
    description: 'Las cuatro regiones del Sistema Nacional de Transparencia y sus entidades.',
    of: 'de la región',
    columns: [
      { name: 'nombre', type: 'texto', description: 'Nombre de la región.', value: (r) => r.data.nombre },
      {
        name: 'estados',
        type: 'lista',
        description: 'Identificadores de sus entidades (ver el conjunto «estados»).',
        value: (r, catalog) =>
          catalog.estados.filter((state) => state.data.region.id === r.id).map((state) => state.id),
      },
    ],
  }),
  hubDataset('comisiones', {
    title: 'Comisiones del SNT',
    description: 'Las comisiones temáticas del Sistema Nacional de Transparencia.',
    of: 'de la comisión',
    columns: [
      { name: 'nombre', type: 'texto', description: 'Nombre completo de la comisión.', value: (c) => c.data.nombre },
      {
        name: 'nombreCorto',
        type: 'texto',
        description: 'Nombre corto de la comisión.',
        value: (c) => c.data.nombreCorto,
      },
    ],
  }),
  hubDataset('organismos', {
    title: 'Organismos garantes',
    description: 'Los organismos garantes del derecho de acceso a la información y de protección de datos personales.',
    of: 'del organismo',
    columns: [
      { name: 'siglas', type: 'texto', description: 'Siglas del organismo.', value: (o) => o.data.siglas },
      { name: 'nombre', type: 'texto', description: 'Nombre oficial completo.', value: (o) => o.data.nombre },
      {
        name: 'estado',
        type: 'texto',
        description: 'Identificador de su entidad (ver el conjunto «estados»); vacío para el instituto nacional.',
        value: (o) => refId(o.data.estado),
      },
      { name: 'sitio', type: 'url', description: 'Sitio web oficial.', value: (o) => o.data.sitio },
      {
        name: 'redes',
        type: 'lista',
        description: 'Direcciones de sus cuentas en redes sociales.',
        value: (o) => o.data.redes.map((account) => account.url),
      },
      ...retiredColumns<CollectionEntry<'organismos'>>(
        'Dirección del organismo que asumió sus funciones, si se retiró y lo hay.',
      ),
    ],
  }),
];

/** The dataset with slug `id`. */
export function datasetById(id: string | undefined): Dataset {
  const found = DATASETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`Conjunto de datos desconocido: ${String(id)}`);
  return found;
}

/** Separator of list values inside one CSV cell. */
export const LIST_SEPARATOR = '; ';

/** The JSON file of a dataset: an array of rows, one object per row with every column in order. */
export const toJson = (rows: Row[]): string => `${JSON.stringify(rows, null, 2)}\n`;

/**
 * What makes a spreadsheet read a cell as a formula: OWASP's «CSV Injection» list (=, +, -, @, tab, carriage
 * return) at the start of the cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text is always between double quotes (a quote inside doubled, as RFC 4180 asks), numbers and
 * booleans never: a spreadsheet told to take quoted fields as text (LibreOffice's import option; /datos/ says how)
 * then keeps an INEGI key «01» or a línea «2.10» as written instead of turning them into the numbers 1 and 2.1.
 * Text that a spreadsheet would take for a formula gets a leading «'», as OWASP advises, so Excel and LibreOffice
 * show it as text and never run it (the JSON keeps the exact text). A negative integer is a number, written as it
 * is: it cannot be a formula.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return String(cell);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`El CSV no puede llevar el número ${String(cell)}.`);
    return String(cell);
  }
  const text = Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : cell;
  if (text === '') return '';
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** UTF-8's byte order mark: Excel opens a CSV file as UTF-8 (accents and ñ intact) only when it starts with it. */
export const CSV_BOM = '\uFEFF';

/**
 * The CSV file of a dataset, made to open in a spreadsheet: UTF-8 with BOM, a header row, CRLF line ends, commas
 * between fields, text quoted, and no cell a spreadsheet would run as a formula.
 */
export function toCsv(columns: Column[], rows: Row[]): string {
  const lines = [
    columns.map((column) => csvField(column.name)),
    ...rows.map((row) => columns.map((column) => csvField(row[column.name] ?? null))),
  ];
  return CSV_BOM + lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
