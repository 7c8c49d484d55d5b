import { getImage } from 'astro:assets';

type ImageOptions = Parameters<typeof getImage>[0];
type ImageResult = Awaited<ReturnType<typeof getImage>>;

const made = new Map<string, Promise<ImageResult>>();

/**
 * `getImage` once per picture and options in a build. A capsule's poster is asked for by its page,
 * its embed, its card in lists and hubs and beside related capsules: each call otherwise hashes the
 * whole transform again (~5 s of rendering at 10,000 entries, issue 8).
 */
export function cachedImage(options: ImageOptions): Promise<ImageResult> {
  const { src } = options;
  // A picture still being imported has no address to key on yet.
  const path = typeof src === 'string' ? src : 'src' in src ? src.src : undefined;
  if (path === undefined) return getImage(options);
  const key = JSON.stringify({ ...options, src: path });
  const known = made.get(key) ?? getImage(options);
  made.set(key, known);
  return known;
}
