/**
 * The ejes and líneas de acción of a work plan: how a plan's frontmatter writes them, and the dataset of
 * every línea of every plan. Part of the plan kind (src/kinds/plans.ts), which reads its ejes from here.
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { absoluteUrl, dataset, optional, column } from '#/src/lib/datasets.ts';
import { lineAnchor, planUrl } from '#/src/lib/urls.ts';
import { expected, paragraph, ref, text, type Reference } from './fields.ts';

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
      /** Progress: pendiente, en-proceso or cumplida. */
      estado: z
        .enum(['pendiente', 'en-proceso', 'cumplida'], expected('pendiente, en-proceso o cumplida'))
        .meta({
          title: 'Estado de avance',
          optionLabels: { pendiente: 'Pendiente', 'en-proceso': 'En proceso', cumplida: 'Cumplida' },
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
