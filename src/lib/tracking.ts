/**
 * The «seguimiento» dataset: one row per línea de acción of every plan, with its state and evidence as this
 * build computed them (src/lib/progress.ts).
 */
import { BUILD_TIME } from './buildTime.ts';
import { absoluteUrl, column, dataset, day } from './datasets.ts';
import { EVIDENCE_SOURCES, planProgress, type LineProgress } from './progress.ts';
import { capitalized } from './sentences.ts';

/** Every línea's progress, plan by plan. */
export const trackingDataset = dataset<LineProgress>({
  id: 'seguimiento',
  title: 'Seguimiento de los planes',
  description:
    'Qué se hizo de cada línea de acción de cada plan de trabajo: su avance, calculado de la evidencia publicada, la evidencia por tipo dentro y fuera del periodo del plan y el valor de su indicador cuando es un conteo. Una fila por línea.',
  sources: (catalog) => catalog.planes.flatMap((plan) => planProgress(catalog, plan).lines),
  columns: [
    column.texto('plan', 'Identificador del plan (ver el conjunto «planes»).', (l) => l.plan.id),
    column.entero('eje', 'Número del eje dentro del plan, desde 1.', (l) => l.axisNumber),
    column.texto('linea', 'Número de la línea como «eje.línea», p. ej. «2.3».', (l) => l.number),
    column.url('url', 'Dirección de la línea en la página del plan.', (l) => absoluteUrl(l.href)),
    column.texto(
      'avance',
      'sin-evidencia, con-evidencia o cumplida: calculado de la evidencia publicada dentro del periodo del plan.',
      (l) => l.state,
    ),
    column.texto(
      'cumplidaPor',
      'Por qué está cumplida: «meta» si la cuenta de evidencias alcanzó el número de su meta, «editor» si el equipo editorial la marcó así con su evidencia; vacío si no está cumplida.',
      (l) => l.doneBy ?? null,
    ),
    ...EVIDENCE_SOURCES.map((source) =>
      column.entero(
        `evidencias${capitalized(source)}`,
        source === 'externas'
          ? 'Documentos publicados en otro sitio (informes, comunicados, PDF) que son evidencia dentro del periodo del plan.'
          : `Entradas del conjunto «${source}» que son evidencia de la línea dentro del periodo del plan.`,
        (l: LineProgress) => l.evidence.filter((e) => e.source === source).length,
      ),
    ),
    column.entero(
      'evidenciasFueraDelPeriodo',
      'Evidencias fechadas fuera del periodo del plan: no cuentan.',
      (l) => l.outside.length,
    ),
    column.booleano('soloEjemplo', 'true si toda la evidencia que cuenta es contenido de ejemplo.', (l) => l.example),
    column.entero(
      'indicador',
      'Valor del indicador cuando la línea dice qué cuenta (suma del periodo); vacío si no se puede calcular aquí.',
      (l) => l.indicator?.total ?? null,
    ),
    column.entero(
      'indicadorMeta',
      'El número que fija su meta, si lo escribe; vacío si no.',
      (l) => l.indicator?.target ?? null,
    ),
    column.fecha('calculado', 'Día en que se calcularon estas cifras.', () => day(BUILD_TIME)),
  ],
});
