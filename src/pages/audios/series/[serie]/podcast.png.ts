import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { t } from '#/src/i18n/es.ts';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { COVER_SIZE } from '#/src/lib/podcast.ts';
import { coverSvg, renderCard } from '#/src/lib/socialCards.ts';

/** `/audios/series/<id>/podcast.png`: the square cover podcast apps show for one series. */
export const getStaticPaths = (async () =>
  (await getCatalog()).series.map((series) => ({
    params: { serie: series.id },
    props: { series },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ series: CollectionEntry<'series'> }> = async ({ props: { series } }) => {
  const card = {
    label: t('audio.seriesList'),
    title: series.data.titulo,
    siteName: t('site.name'),
    exampleFlag: series.data.ejemplo ? t('example.banner') : undefined,
  };
  return new Response(await renderCard(card, coverSvg(card, COVER_SIZE)), { headers: { 'Content-Type': 'image/png' } });
};
