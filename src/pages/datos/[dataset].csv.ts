import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '~/lib/astroContent';
import { DATASETS, datasetById } from '~/lib/openData';
import { toCsv } from '~/lib/datasets';

export const getStaticPaths = (() => DATASETS.map(({ id }) => ({ params: { dataset: id } }))) satisfies GetStaticPaths;

/** `/datos/<dataset>.csv`: the same rows as the JSON file, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetById(params.dataset);
  return new Response(toCsv(dataset.columns, dataset.rows(await getCatalog())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
