import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { DATASETS, datasetById } from '#/src/lib/openData.ts';
import { toCsv } from '#/src/lib/datasets.ts';

export const getStaticPaths = (() => DATASETS.map(({ id }) => ({ params: { dataset: id } }))) satisfies GetStaticPaths;

/** `/datos/<dataset>.csv`: the same rows as the JSON file, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetById(params.dataset);
  return new Response(toCsv(dataset.columns, dataset.rows(await getCatalog())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
