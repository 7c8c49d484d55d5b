import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { t } from '#/src/i18n/es.ts';
import { renderCard, type Card } from '#/src/lib/socialCards.ts';
import { ENTRY_COLLECTIONS, kind } from '#/src/kinds/index.ts';
import { cardName, SITE_CARD_URL } from '#/src/lib/urls.ts';

/**
 * The drawn cards: the site's, and one for each kind whose entries have no picture of their own (plans,
 * events, calls). Other entries share their picture (src/lib/imageCard.ts): drawing a card takes
 * 50–250 ms, which a card per entry would multiply by thousands.
 */
export const getStaticPaths = (() => {
  const cards: { url: string; card: Card }[] = [
    { url: SITE_CARD_URL, card: { label: t('site.short'), title: t('site.tagline'), siteName: t('site.name') } },
    // The card of each kind the registry says shares one.
    ...ENTRY_COLLECTIONS.flatMap((collection) => {
      const { card, label } = kind(collection);
      return 'drawn' in card
        ? [{ url: card.drawn, card: { label: t(label.other), title: t(card.title), siteName: t('site.name') } }]
        : [];
    }),
  ];
  return cards.map(({ url, card }) => ({ params: { path: cardName(url) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
};
