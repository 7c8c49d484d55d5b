import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { t } from '~/i18n/es';
import { getSite } from '~/lib/content';
import { formatDate } from '~/lib/dates';
import { renderCard, type Card } from '~/lib/socialCards';
import { cardUrl, planUrl, SITE_CARD_URL } from '~/lib/urls';

/** The `path` parameter that makes `url` (an address from cardUrl), without `/og/` and `.png`. */
const param = (url: string): string => url.slice('/og/'.length, -'.png'.length);

type Dated = { titulo: string; fecha: Date; ejemplo: boolean };

/** The card of an entry of kind `label`. */
const entryCard = (label: string, data: Dated, title = data.titulo): Card => ({
  label,
  title,
  date: formatDate(data.fecha),
  siteName: t('site.name'),
  exampleFlag: data.ejemplo ? t('example.banner') : undefined,
});

/** A drawn card for each plan (plans have no picture of their own) and the site's card; other entries use their picture (src/lib/imageCard.ts). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  const cards: { url: string; card: Card }[] = [
    {
      url: SITE_CARD_URL,
      card: { label: t('site.short'), title: t('site.tagline'), siteName: t('site.name') },
    },
    ...site.planes.map((plan) => ({ url: cardUrl(planUrl(plan.id)), card: entryCard(t('type.planes'), plan.data) })),
  ];
  return cards.map(({ url, card }) => ({ params: { path: param(url) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
};
