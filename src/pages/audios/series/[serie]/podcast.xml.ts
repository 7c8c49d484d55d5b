import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { podcastResponse, seriesFeed } from '#/src/lib/podcast.ts';

/** `/audios/series/<id>/podcast.xml`: the episodes of one series, as a podcast apps subscribe to. */
export const getStaticPaths = (async () =>
  (await getCatalog()).series.map((series) => ({
    params: { serie: series.id },
    props: { series },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ series: CollectionEntry<'series'> }> = async ({ props: { series }, site }) =>
  podcastResponse(seriesFeed(await getCatalog(), series), site);
