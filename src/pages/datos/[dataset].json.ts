import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { DATASETS, datasetById } from '#/src/lib/openData.ts';
import { toJson } from '#/src/lib/datasets.ts';

export const getStaticPaths = (() => DATASETS.map(({ id }) => ({ params: { dataset: id } }))) satisfies GetStaticPaths;

/** `/datos/<dataset>.json`: every row of one dataset, generated from its definition in src/lib/datasets.ts. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetById(params.dataset);
  return new Response(toJson(dataset.rows(await getCatalog())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
