import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { t } from '~/i18n/es';
import { renderCard, type Card } from '~/lib/socialCards';
import { cardName, PLANS_CARD_URL, SITE_CARD_URL } from '~/lib/urls';

/**
 * The drawn cards: the site's, and one that every plan shares (plans have no picture of their
 * own). Other entries share their picture (src/lib/imageCard.ts): drawing a card takes
 * 50–250 ms, which a card per entry would multiply by thousands.
 */
export const getStaticPaths = (() => {
  const cards: { url: string; card: Card }[] = [
    { url: SITE_CARD_URL, card: { label: t('site.short'), title: t('site.tagline'), siteName: t('site.name') } },
    {
      url: PLANS_CARD_URL,
      card: { label: t('nav.planes'), title: t('share.plansCardTitle'), siteName: t('site.name') },
    },
  ];
  return cards.map(({ url, card }) => ({ params: { path: cardName(url) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
};
