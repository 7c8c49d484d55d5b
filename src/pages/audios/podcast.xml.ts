import type { APIRoute } from 'astro';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { allAudiosFeed, podcastResponse } from '#/src/lib/podcast.ts';

/** `/audios/podcast.xml`: every audio, as a podcast apps subscribe to. */
export const GET: APIRoute = async ({ site }) => podcastResponse(allAudiosFeed(await getCatalog()), site);
