/**
 * The open data of /datos/: every kind's dataset (its columns declared in its module under src/kinds/),
 * with the columns every entry shares, in the order /datos/ lists them. The JSON and CSV files and the
 * documentation pages are all made from these definitions (src/lib/datasets.ts), so they cannot disagree.
 */
import {
  entryUrl,
  ENTRY_COLLECTIONS,
  HUB_COLLECTIONS,
  hubKind,
  kind,
  type EntryCollection,
  type HubCollection,
  type Retirable,
} from '#/src/kinds/index.ts';
import type { Entry, Hub } from './catalog.ts';
import { absoluteUrl, column, dataset, day, type ColumnDefinition, type ColumnType, type Dataset } from './datasets.ts';
import { retiredNotice } from './retired.ts';
import { impactDataset } from './impact.ts';
import { trackingDataset } from './tracking.ts';

/** A column holding one field every entry has, as its editor wrote it. */
const asWritten = (
  name: 'titulo' | 'resumen' | 'fecha',
  type: ColumnType,
  description: string,
): ColumnDefinition<Entry> => ({
  name,
  type,
  description,
  value: (e) => e.data[name],
});

/** Columns every published entry shares, its address from the registry of kinds. */
function entryColumns(): ColumnDefinition<Entry>[] {
  return [
    column.texto('id', 'Identificador de la entrada; es parte de su dirección.', (e) => e.id),
    column.url('url', 'Dirección de su página en el micrositio.', (e, catalog) => absoluteUrl(entryUrl(catalog, e))),
    asWritten('titulo', 'texto', 'Título.'),
    asWritten('resumen', 'texto', 'Resumen breve.'),
    asWritten('fecha', 'fecha', 'Fecha de publicación.'),
    column.fecha(
      'actualizado',
      'Fecha del último cambio de fondo; vacía si no ha cambiado desde su publicación.',
      (e) => day(e.data.actualizado),
    ),
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
  column.fecha(
    'retiradoFecha',
    'Fecha en que se marcó como retirado: ya no está vigente y su página sigue publicada, con un aviso. Vacía si está vigente.',
    (e) => e.data.retirado?.fecha ?? null,
  ),
  column.texto('retiradoMotivo', 'Por qué se retiró; vacío si está vigente.', (e) => e.data.retirado?.motivo ?? null),
  {
    name: 'retiradoSucesor',
    type: 'url',
    description: successor,
    value: (e, catalog) => {
      const successor = retiredNotice(catalog, e)?.successor;
      return successor?.href ? absoluteUrl(successor.href) : null;
    },
  },
  // Added later, after every column published before them: a column's place is part of the contract.
  column.texto(
    'retiradoSucesorNombre',
    'Nombre de lo que lo reemplaza (dentro o fuera del micrositio), si se retiró y lo hay.',
    (e, catalog) => retiredNotice(catalog, e)?.successor?.title ?? null,
  ),
  column.texto(
    'retiradoInstrumento',
    'Nombre del instrumento legal que le puso fin (decreto o reforma), si lo hay.',
    (e) => e.data.retirado?.instrumento?.nombre ?? null,
  ),
  column.fecha(
    'retiradoInstrumentoFecha',
    'Fecha de publicación del instrumento legal (AAAA-MM-DD, o AAAA-MM o AAAA); vacía si no está verificada.',
    (e) => e.data.retirado?.instrumento?.fecha ?? null,
  ),
  // Text, not a url column: official gazettes publish some notes at http:, and a citation keeps its address.
  column.texto(
    'retiradoInstrumentoEnlace',
    'Dirección del instrumento legal, tal como la publica (puede empezar con http://); vacía si no está verificada.',
    (e) => e.data.retirado?.instrumento?.enlace ?? null,
  ),
  column.lista(
    'retiradoFuentes',
    'Direcciones de las fuentes que citan su fin.',
    (e) => e.data.retirado?.fuentes?.map((source) => source.enlace) ?? [],
  ),
];

/** The dataset of a kind of entry: one row per published entry, the shared columns first. */
const entryDataset = (collection: EntryCollection): Dataset => {
  const definition = kind(collection).dataset;
  return dataset<Entry>({
    ...definition,
    sources: (catalog) => catalog[collection],
    columns: [
      ...entryColumns(),
      ...definition.columns,
      exampleColumn<Entry>(),
      ...retiredColumns<Entry>('Dirección de la entrada que la reemplaza, si se retiró y la hay.'),
      ...(definition.laterColumns ?? []),
    ],
  });
};

/** The dataset of a kind of hub: one row per entry of its data file, its id and address first. */
const hubDataset = (collection: HubCollection): Dataset => {
  const { dataset: definition, url } = hubKind(collection);
  return dataset<Hub>({
    ...definition,
    sources: (catalog) => catalog[collection],
    columns: [
      column.texto('id', `Identificador ${definition.of}; es parte de su dirección.`, (hub) => hub.id),
      column.url('url', 'Dirección de su página en el micrositio.', (hub) => absoluteUrl(url(hub.id))),
      ...definition.columns,
      // Only hubs that can be retired declare a successor column, and their data has `retirado`.
      ...(definition.retiredSuccessor
        ? (retiredColumns(definition.retiredSuccessor) as unknown as ColumnDefinition<Hub>[])
        : []),
    ],
  });
};

/** Every dataset of /datos/, in the order the index lists them: each kind's with those it derives, then the hubs'. */
export const DATASETS: Dataset[] = [
  ...ENTRY_COLLECTIONS.flatMap((collection) => [entryDataset(collection), ...(kind(collection).derivedDatasets ?? [])]),
  trackingDataset,
  impactDataset,
  ...HUB_COLLECTIONS.map(hubDataset),
];

/** The dataset with slug `id`. */
export function datasetById(id: string | undefined): Dataset {
  const found = DATASETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`Conjunto de datos desconocido: ${String(id)}`);
  return found;
}
