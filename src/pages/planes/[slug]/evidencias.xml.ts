import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { t } from '#/src/i18n/es.ts';
import { getCatalog, pagesOf } from '#/src/lib/astroContent.ts';
import { isDayKnown, startOf } from '#/src/lib/dates.ts';
import { channel, FEED_LIMIT, siteBase } from '#/src/lib/feeds.ts';
import { planProgress, type Evidence } from '#/src/lib/progress.ts';
import { listed } from '#/src/lib/sentences.ts';
import { entryUrl } from '#/src/kinds/index.ts';

/** /planes/<slug>/evidencias.xml: what is published as evidence of the plan's líneas, newest first. */
export const getStaticPaths = (() => pagesOf('planes')) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { entry: plan }, site }) => {
  const base = siteBase(site);
  const catalog = await getCatalog();
  const { lines } = planProgress(catalog, plan);
  // One item per piece of evidence (its link is its permanent id), naming every línea of the plan it serves.
  const byLink = new Map<string, { evidence: Evidence; numbers: string[] }>();
  for (const line of lines) {
    for (const evidence of [...line.evidence, ...line.outside]) {
      const known = byLink.get(evidence.href);
      if (known) known.numbers.push(line.number);
      else byLink.set(evidence.href, { evidence, numbers: [line.number] });
    }
  }
  const items = [...byLink.values()]
    .sort((a, b) => startOf(b.evidence.date).getTime() - startOf(a.evidence.date).getTime())
    .slice(0, FEED_LIMIT)
    .map(({ evidence, numbers }) => {
      const served = t(numbers.length === 1 ? 'tracking.lines.one' : 'tracking.lines.other', { n: listed(numbers) });
      return {
        title: t('tracking.feedItem', { n: served, title: evidence.title }),
        link: new URL(evidence.href, base).href,
        ...(isDayKnown(evidence.date) ? { pubDate: startOf(evidence.date) } : {}),
        description: `${evidence.kind}. ${t('plan.servedByLines', { n: served })} «${plan.data.titulo}».`,
        categories: [evidence.kind],
      };
    });
  return channel({
    title: t('tracking.feedTitle', { title: plan.data.titulo }),
    description: t('tracking.feedDescription', { title: plan.data.titulo }),
    page: entryUrl(catalog, plan),
    items,
    base,
  });
};
