import type { APIRoute } from 'astro';
import { t } from '#/src/i18n/es.ts';
import { COVER_SIZE } from '#/src/lib/podcast.ts';
import { coverSvg, renderCard } from '#/src/lib/socialCards.ts';

/** `/audios/podcast.png`: the square cover podcast apps show for the feed of every audio. */
export const GET: APIRoute = async () => {
  const card = { label: t('nav.audios'), title: t('audio.podcastCover'), siteName: t('site.name') };
  return new Response(await renderCard(card, coverSvg(card, COVER_SIZE)), { headers: { 'Content-Type': 'image/png' } });
};
