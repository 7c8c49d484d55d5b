/**
 * The ejes and líneas de acción of a work plan: how a plan's frontmatter writes them, and the dataset of
 * every línea of every plan. Part of the plan kind (src/kinds/plans.ts), which reads its ejes from here.
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { absoluteUrl, dataset, optional, column } from '#/src/lib/datasets.ts';
import { lineAnchor, planUrl } from '#/src/lib/urls.ts';
import type { ENTRY_COLLECTIONS } from './collections.ts';
import {
  choice,
  describeInput,
  expected,
  httpsUrl,
  knownDate,
  paragraph,
  ref,
  text,
  type Reference,
} from './fields.ts';

/** Kinds of evidence published elsewhere that a línea may cite, with their labels. */
export const OUTSIDE_EVIDENCE = {
  informe: 'Informe',
  comunicado: 'Comunicado oficial',
  pdf: 'Documento PDF',
  nota: 'Nota informativa',
  otro: 'Otro documento',
} as const;

/** Evidence published outside this site: a report, a communiqué, a PDF. */
const outsideEvidence = z
  .object(
    {
      /** Its title, as its publisher gives it. */
      titulo: text().meta({ title: 'Título', description: 'Como lo da quien lo publica.' }),
      /** When it was published. */
      fecha: knownDate.meta({
        title: 'Fecha',
        description: 'AAAA-MM-DD, o AAAA-MM o AAAA si solo se sabe eso: decide si cuenta dentro del periodo del plan.',
      }),
      /** Who publishes it. */
      editor: text(2).meta({ title: 'Quién lo publica' }),
      /** What it is. */
      tipo: choice(OUTSIDE_EVIDENCE, 'informe, comunicado, pdf, nota u otro').meta({ title: 'Tipo de documento' }),
      /** Where to read it. */
      enlace: httpsUrl.meta({ title: 'Enlace' }),
    },
    expected('un grupo de campos: titulo, fecha, editor, tipo y enlace'),
  )
  .strict();

/** Kinds of entries an indicator can count, with their names. */
const COUNTABLE = {
  abc: 'Cuadernillos «Los ABC»',
  revista: 'Números de la revista',
  articulos: 'Artículos',
  capsulas: 'Cápsulas',
  audios: 'Audios',
  eventos: 'Eventos',
  convocatorias: 'Convocatorias',
} as const satisfies Partial<Record<(typeof ENTRY_COLLECTIONS)[number], string>>;

/** What a línea's indicator counts, when its formula is a count of entries published here. */
const indicatorCount = z
  .object(
    {
      /** Kinds of entries counted. */
      tipos: z
        .array(choice(COUNTABLE, Object.keys(COUNTABLE).join(', ')), expected('una lista de tipos de entrada'))
        .min(1, 'se esperaba al menos un tipo de entrada')
        .meta({
          title: 'Tipos de entrada que cuenta',
          description: 'Las entradas de estos tipos que dicen servir a la línea, dentro del periodo del plan.',
          optionLabels: { ...COUNTABLE },
        }),
      /** Only entries of this `tipo` (an event's «foro», a call's «concurso»…). */
      tipo: text(2)
        .meta({ title: 'Solo de este «tipo»', description: 'P. ej. «foro» para contar solo los eventos de tipo foro.' })
        .optional(),
      /** The number the plan's own meta states, reached when the count gets there. */
      meta: z
        .number(expected('un número entero'))
        .int(expected('un número entero'))
        .positive('se esperaba un número mayor que cero')
        .meta({
          title: 'Número de la meta',
          description: 'Solo si la meta del plan escribe un número: el mismo número. La línea se cumple al alcanzarlo.',
        })
        .optional(),
    },
    expected('un grupo de campos: tipos, tipo y meta'),
  )
  .strict();

type Plan = CollectionEntry<'planes'>;
type PlanData = Plan['data'];

/** One eje, estrategia or programa of a plan, with its action lines and their evidence. */
export const axisSchema = (reference: Reference) => {
  /** Entries a plan line points to as evidence of its progress, by collection. */
  const evidence = z
    .object({
      /** Booklets of the «Los ABC» series. */
      abc: z.array(ref('abc', reference), expected('una lista')).meta({ title: 'Cuadernillos' }).optional(),
      /** Magazine issues. */
      revista: z
        .array(ref('revista', reference), expected('una lista'))
        .meta({ title: 'Números de la revista' })
        .optional(),
      /** Magazine articles. */
      articulos: z.array(ref('articulos', reference), expected('una lista')).meta({ title: 'Artículos' }).optional(),
      /** Video capsules. */
      capsulas: z.array(ref('capsulas', reference), expected('una lista')).meta({ title: 'Cápsulas' }).optional(),
      /** Radio spots and podcast episodes. */
      audios: z.array(ref('audios', reference), expected('una lista')).meta({ title: 'Audios' }).optional(),
      /** Evidence published elsewhere. */
      externas: z
        .array(outsideEvidence, expected('una lista'))
        .meta({
          title: 'Evidencias publicadas en otro sitio',
          description: 'Un informe, un comunicado o un PDF: título, fecha, quién lo publica, tipo y enlace.',
        })
        .optional(),
    })
    .strict();

  /** One línea de acción of a plan, with the indicator fields some plans give. */
  const planLine = z
    .object({
      /** The line as its authors wrote it. */
      texto: paragraph().meta({ title: 'Línea de acción', description: 'Tal como la escribieron sus autores.' }),
      /** Concrete activities that carry the line out. */
      actividades: z
        .array(paragraph(), expected('una lista'))
        .meta({ title: 'Actividades', description: 'Acciones concretas con que se cumple la línea.' })
        .optional(),
      /** Goal (meta) the line pursues. */
      meta: paragraph(0).meta({ title: 'Meta' }).optional(),
      /** Name of the indicator that measures it. */
      indicador: paragraph(0).meta({ title: 'Indicador' }).optional(),
      /** Indicator formula and its components. */
      formula: paragraph(0)
        .meta({ title: 'Fórmula', description: 'La fórmula del indicador y sus componentes.' })
        .optional(),
      /** How often it is measured or when it happens (temporalidad). */
      temporalidad: text(0)
        .meta({ title: 'Temporalidad', description: 'Cada cuándo se mide o cuándo ocurre.' })
        .optional(),
      /** Means of verification. */
      medioVerificacion: paragraph(0).meta({ title: 'Medio de verificación' }).optional(),
      /** What its indicator counts, so that the site computes it from what it publishes. */
      cuenta: indicatorCount
        .meta({
          title: 'Qué cuenta el indicador',
          description:
            'Si su fórmula cuenta entradas publicadas aquí (acciones, foros, cápsulas…): el sitio la calcula.',
        })
        .optional(),
      /**
       * The only state an editor may write: «cumplida», with at least one evidence in the plan's period. The
       * others («sin evidencia», «con evidencia») are derived from the evidence and never written.
       */
      estado: z
        .enum(['cumplida'], {
          error: (issue) =>
            `el avance se calcula de las evidencias: solo se escribe «cumplida» (con su evidencia) o nada, pero dice ${describeInput(issue.input)}`,
        })
        .meta({
          optionLabels: { cumplida: 'Cumplida' },
          title: 'Cumplida',
          description:
            'Escríbelo solo si la línea se cumplió y tiene al menos una evidencia dentro del periodo del plan.',
        })
        .optional(),
      /** Published entries that show the work done. */
      evidencias: evidence
        .meta({ title: 'Evidencias', description: 'Entradas publicadas que muestran el trabajo hecho.' })
        .optional(),
    })
    .strict();

  /** One eje, estrategia or programa of a plan, with its action lines. */
  return z
    .object({
      /** Label as the plan numbers it, e.g. «Eje estratégico I», «Estrategia 2», «Programa 1». */
      etiqueta: text(2).meta({
        title: 'Etiqueta',
        description: 'Como la numera el plan, p. ej. «Eje estratégico I», «Estrategia 2» o «Programa 1».',
      }),
      /** Name of the axis. */
      titulo: text().meta({ title: 'Título' }),
      /** Paragraphs that explain the axis, as in the source. */
      descripcion: z
        .array(paragraph(), expected('una lista'))
        .default([])
        .meta({ title: 'Descripción', description: 'Los párrafos que lo explican, como en el plan.' }),
      /** Objectives stated for the axis. */
      objetivos: z.array(paragraph(), expected('una lista')).meta({ title: 'Objetivos' }).optional(),
      /** Action lines of the axis. */
      lineas: z
        .array(planLine, expected('una lista'))
        .default([])
        .meta({ title: 'Líneas de acción', description: 'En su orden: cada una tiene su ancla #linea-N-M.' }),
    })
    .strict();
};

/** One línea de acción with the plan and eje it belongs to. */
interface LineSource {
  plan: Plan;
  axis: PlanData['ejes'][number];
  axisNumber: number;
  line: PlanData['ejes'][number]['lineas'][number];
  lineNumber: number;
}

/** Every línea de acción of every published plan. */
export const lineDataset = dataset<LineSource>({
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
    column.texto('plan', 'Identificador del plan (ver el conjunto «planes»).', (s) => s.plan.id),
    column.texto('planTitulo', 'Título del plan.', (s) => s.plan.data.titulo),
    column.entero('eje', 'Número del eje dentro del plan, desde 1.', (s) => s.axisNumber),
    column.texto(
      'ejeEtiqueta',
      'Etiqueta del eje como la numera el plan, p. ej. «Eje estratégico I» o «Estrategia 2».',
      (s) => s.axis.etiqueta,
    ),
    column.texto('ejeTitulo', 'Nombre del eje.', (s) => s.axis.titulo),
    column.texto(
      'linea',
      'Número de la línea como «eje.línea», p. ej. «2.3».',
      (s) => `${s.axisNumber}.${s.lineNumber}`,
    ),
    column.url('url', 'Dirección de la línea en la página del plan (con el ancla #linea-N-M).', (s) =>
      absoluteUrl(`${planUrl(s.plan.id)}#${lineAnchor(s.axisNumber, s.lineNumber)}`),
    ),
    column.texto('texto', 'Texto de la línea de acción.', (s) => s.line.texto),
    column.lista('actividades', 'Actividades concretas que la llevan a cabo.', (s) => s.line.actividades ?? []),
    column.texto('meta', 'Meta que persigue.', (s) => optional(s.line.meta)),
    column.texto('indicador', 'Nombre del indicador que la mide.', (s) => optional(s.line.indicador)),
    column.texto('formula', 'Fórmula del indicador.', (s) => optional(s.line.formula)),
    column.texto('temporalidad', 'Cada cuánto se mide o cuándo ocurre.', (s) => optional(s.line.temporalidad)),
    column.texto('medioVerificacion', 'Medio de verificación.', (s) => optional(s.line.medioVerificacion)),
    column.texto('estado', 'Estado de avance: pendiente, en-proceso o cumplida; vacío si el plan no lo informa.', (s) =>
      optional(s.line.estado),
    ),
  ],
});
