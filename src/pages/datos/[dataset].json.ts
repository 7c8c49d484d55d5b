import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '~/lib/astroContent';
import { DATASETS, datasetById } from '~/lib/openData';
import { toJson } from '~/lib/datasets';

export const getStaticPaths = (() => DATASETS.map(({ id }) => ({ params: { dataset: id } }))) satisfies GetStaticPaths;

/** `/datos/<dataset>.json`: every row of one dataset, generated from its definition in src/lib/datasets.ts. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetById(params.dataset);
  return new Response(toJson(dataset.rows(await getCatalog())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
