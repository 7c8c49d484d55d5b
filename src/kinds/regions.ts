/** The four SNT regions: Norte, Centro-Occidente, Centro and Sureste; a state's `region` decides its own. */
import { column } from '#/src/lib/datasets.ts';
import { REGIONS_URL, regionUrl } from '#/src/lib/urls.ts';
import { hubSchema, text } from './fields.ts';
import type { HubKind } from './types.ts';

/** What content/regiones.yaml holds for each region. */
export const schema = () =>
  hubSchema({
    /** Name of the region, e.g. «Centro-Occidente». */
    nombre: text().meta({ title: 'Nombre' }),
  });

export const kind = {
  collection: 'regiones',
  fileComment: [
    'Las 4 regiones del SNT (Lineamientos del SNT, art. 15). Las entidades de cada región',
    'se indican en estados.yaml, campo «region».',
  ],
  label: { other: 'nav.regiones' },
  list: REGIONS_URL,
  listText: { title: 'regions.title', intro: 'regions.intro' },
  url: regionUrl,
  name: (region) => region.data.nombre,
  shortName: (region) => region.data.nombre,
  filter: 'region',
  dataset: {
    id: 'regiones',
    title: 'Regiones del SNT',
    description: 'Las cuatro regiones del Sistema Nacional de Transparencia y sus entidades.',
    of: 'de la región',
    columns: [
      column.texto('nombre', 'Nombre de la región.', (r) => r.data.nombre),
      column.lista('estados', 'Identificadores de sus entidades (ver el conjunto «estados»).', (r, catalog) =>
        catalog.estados.filter((state) => state.data.region.id === r.id).map((state) => state.id),
      ),
    ],
  },
} satisfies HubKind<'regiones'>;
