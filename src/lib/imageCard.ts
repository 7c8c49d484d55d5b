import type { ImageMetadata } from 'astro';
import { t } from '#/src/i18n/es.ts';
import type { Catalog, Entry } from './catalog.ts';
import { cachedImage } from './images.ts';
import { kindOf } from '#/src/kinds/index.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './socialCards.ts';

/** A page's social card: what Base.astro announces as og:image / twitter:image. */
export interface SocialImage {
  src: string;
  alt: string;
  /** MIME type and size; the drawn cards are 1200×630 PNG. */
  type?: string;
  width?: number;
  height?: number;
}

/**
 * An entry's own picture (a capsule's poster, a booklet's or an issue's cover) as its 1200×630
 * social card. Drawing a card per entry costs ~50 ms each, too much for thousands of entries
 * (issue 8), while this is one more size of an image the build already processes, and cached.
 * Covers are cropped from the top, where their title is.
 */
async function imageCard(image: ImageMetadata, alt: string, position = 'center'): Promise<SocialImage> {
  // Astro never enlarges a picture: a small one gives a smaller card of the same shape.
  const scale = Math.min(1, image.width / CARD_WIDTH, image.height / CARD_HEIGHT);
  const width = Math.floor(CARD_WIDTH * scale);
  const height = Math.floor(CARD_HEIGHT * scale);
  const card = await cachedImage({ src: image, width, height, fit: 'cover', position, format: 'jpeg', quality: 75 });
  return { src: card.src, alt, type: 'image/jpeg', width, height };
}

/** An entry's social card, as its kind declares it: its own picture made a card, or the kind's drawn card. */
export async function entryCard(catalog: Catalog, entry: Entry): Promise<SocialImage> {
  const { card } = kindOf(entry);
  if ('drawn' in card) return { src: card.drawn, alt: t(card.alt) };
  const { src, alt, position } = card.picture(entry, catalog);
  return imageCard(src, alt, position);
}
