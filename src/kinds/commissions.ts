/** The SNT's thematic commissions: each a hub of the plans, capsules and events of its work. */
import { column } from '#/src/lib/datasets.ts';
import { COMMISSIONS_URL, commissionUrl } from '#/src/lib/urls.ts';
import { hubSchema, text } from './fields.ts';
import type { HubKind } from './types.ts';

/** What content/comisiones.yaml holds for each commission. */
export const schema = () =>
  hubSchema({
    /** Full name of the commission. */
    nombre: text().meta({ title: 'Nombre completo' }),
    /** Short name for lists and filters. */
    nombreCorto: text(2).meta({ title: 'Nombre corto', description: 'Para listas y filtros, p. ej. «Archivos».' }),
  });

export const kind = {
  collection: 'comisiones',
  fileComment: ['Comisiones ordinarias (temáticas) del SNT. «id» es el slug de su página: /comisiones/<id>/.'],
  label: { other: 'nav.comisiones' },
  list: COMMISSIONS_URL,
  listText: { title: 'commissions.title', intro: 'commissions.intro' },
  url: commissionUrl,
  name: (commission) => commission.data.nombre,
  shortName: (commission) => commission.data.nombreCorto,
  filter: 'comision',
  dataset: {
    id: 'comisiones',
    title: 'Comisiones del SNT',
    description: 'Las comisiones temáticas del Sistema Nacional de Transparencia.',
    of: 'de la comisión',
    columns: [
      column.texto('nombre', 'Nombre completo de la comisión.', (c) => c.data.nombre),
      column.texto('nombreCorto', 'Nombre corto de la comisión.', (c) => c.data.nombreCorto),
    ],
  },
} satisfies HubKind<'comisiones'>;
