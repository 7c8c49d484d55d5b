import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { audioFileOf } from '#/src/lib/audioFiles.ts';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { PUBLIC_DIR } from '#/src/lib/paths.ts';
import { HASHED_MEDIA_URL } from '#/src/lib/urls.ts';

/**
 * `/media/fijos/<name>.<hash>.mp3`: a copy of each published audio file under a name that carries its content
 * hash, which the players and the podcast feeds use and servers keep a year (src/build/serving.ts). The file
 * under its own name stays where the editor put it, for whoever links to it.
 */
export const getStaticPaths = (async () => {
  const paths = new Set(
    (await getCatalog()).audios.flatMap((audio) => [audio.data.archivo, ...(audio.data.opus ? [audio.data.opus] : [])]),
  );
  return Promise.all(
    [...paths].map(async (path) => ({
      params: { file: (await audioFileOf(path)).hashedUrl.slice(HASHED_MEDIA_URL.length) },
      props: { path },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props: { path } }) =>
  new Response(new Uint8Array(await readFile(join(PUBLIC_DIR, path))), {
    headers: { 'Content-Type': (await audioFileOf(path)).type },
  });
