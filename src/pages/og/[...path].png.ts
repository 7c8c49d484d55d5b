import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { t } from '~/i18n/es';
import { getSite, resolve } from '~/lib/content';
import { formatDate } from '~/lib/dates';
import { renderCard, type Card } from '~/lib/socialCards';
import { abcUrl, articleUrl, capsuleUrl, cardUrl, issueUrl, planUrl, SITE_CARD_URL } from '~/lib/urls';

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

/** One card per entry page, plus the site's own card. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  const cards: { url: string; card: Card }[] = [
    {
      url: SITE_CARD_URL,
      card: { label: t('site.short'), title: t('site.tagline'), siteName: t('site.name') },
    },
    ...site.planes.map((plan) => ({ url: cardUrl(planUrl(plan.id)), card: entryCard(t('type.planes'), plan.data) })),
    ...site.abc.map((booklet) => ({
      url: cardUrl(abcUrl(booklet.id)),
      card: entryCard(t('type.abc'), booklet.data),
    })),
    ...site.revista.map((issue) => ({
      url: cardUrl(issueUrl(issue.data.numero)),
      card: entryCard(`${t('revista.title')} · ${t('revista.crumb', { n: issue.data.numero })}`, issue.data),
    })),
    ...site.articulos.map((article) => {
      const issue = resolve(site, article.data.revista);
      return {
        url: cardUrl(articleUrl(issue.data.numero, article.id)),
        card: entryCard(`${t('type.articulos')} · ${t('revista.crumb', { n: issue.data.numero })}`, article.data),
      };
    }),
    ...site.capsulas.map((capsule) => ({
      url: cardUrl(capsuleUrl(capsule.id)),
      card: entryCard(t('type.capsulas'), capsule.data),
    })),
  ];
  return cards.map(({ url, card }) => ({ params: { path: param(url) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
};
