/**
 * Podcast series: the programs whose episodes are audios of the site, kept in content/series.yaml. Each has a
 * page (`/audios/series/<id>/`) with its episodes and a podcast feed of its own beside it.
 */
import { z } from 'astro/zod';
import { seriesUrl } from '#/src/lib/urls.ts';
import { expected, paragraph, slugId, text } from './fields.ts';

/** What content/series.yaml holds for each series. */
export const schema = () =>
  z
    .object(
      {
        /** Its slug: the address of its page and of its feed. */
        id: slugId.meta({
          title: 'Identificador',
          description:
            'Forma la dirección de la serie, /audios/series/<identificador>/, y la de su pódcast: minúsculas sin acentos y guiones. No lo cambies una vez publicado: las aplicaciones de pódcast se suscriben a esa dirección.',
        }),
        /** Its name, as podcast apps show it. */
        titulo: text().meta({ title: 'Título', description: 'Como lo mostrarán las aplicaciones de pódcast.' }),
        /** What it is about, in a sentence or two. */
        descripcion: paragraph(10).meta({
          title: 'Descripción',
          description: 'De qué trata la serie, en una o dos oraciones.',
        }),
        /** Who makes it, as podcast apps name its author. */
        autor: text()
          .default('Sistema Nacional de Transparencia')
          .meta({ title: 'Quién la produce', description: 'El nombre que verán como autor en las aplicaciones.' }),
        /** `true` marks an example series with no real source. */
        ejemplo: z.boolean(expected('true o false')).default(false).meta({
          title: 'Serie de ejemplo',
          description: 'Márcalo si la serie no viene de una fuente oficial: su página y su pódcast lo dirán.',
        }),
      },
      expected('un grupo de campos'),
    )
    .strict();

/** How series are published: a page and a podcast feed each. */
export const kind = {
  collection: 'series',
  url: seriesUrl,
  name: (series: { data: { titulo: string } }) => series.data.titulo,
  /** The explanation atop content/series.yaml, which the browser editor writes back when it saves it. */
  fileComment: [
    'Series de pódcast: cada una tiene su página, /audios/series/<id>/, y su pódcast,',
    '/audios/series/<id>/podcast.xml, al que se suscriben las aplicaciones: no cambies un «id» publicado.',
    'Un audio entra en una serie con «serie: <id>» en su archivo de content/audios/.',
  ],
} as const;
