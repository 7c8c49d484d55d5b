/**
 * The content collections: the registry of kinds (src/kinds/) mapped onto Astro's collections, each with
 * its loader and its schema. Nothing is declared here: a kind's fields are in its module.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { builtOnce, dataLoader, entryLoader } from '#/src/build/contentLoaders.ts';
import { kind, SCHEMAS, type EntryCollection } from '#/src/kinds/index.ts';

// Every message zod writes for an editor is in Spanish.
z.config(z.locales.es());

/** The Markdown and MDX files of a kind of entry, with their raw text where its page reads it. */
const entries = (collection: EntryCollection) =>
  entryLoader(collection, {
    retainBody: kind(collection).retainBody ?? false,
    transcript: kind(collection).transcript,
  });

export const collections = {
  planes: defineCollection({ loader: entries('planes'), schema: SCHEMAS.planes(reference) }),
  abc: defineCollection({ loader: entries('abc'), schema: builtOnce(SCHEMAS.abc(reference)) }),
  revista: defineCollection({ loader: entries('revista'), schema: builtOnce(SCHEMAS.revista(reference)) }),
  articulos: defineCollection({ loader: entries('articulos'), schema: SCHEMAS.articulos(reference) }),
  capsulas: defineCollection({ loader: entries('capsulas'), schema: builtOnce(SCHEMAS.capsulas(reference)) }),
  audios: defineCollection({ loader: entries('audios'), schema: SCHEMAS.audios(reference) }),
  eventos: defineCollection({ loader: entries('eventos'), schema: SCHEMAS.eventos(reference) }),
  convocatorias: defineCollection({ loader: entries('convocatorias'), schema: SCHEMAS.convocatorias(reference) }),
  paginas: defineCollection({ loader: entryLoader('paginas'), schema: SCHEMAS.paginas(reference) }),
  estados: defineCollection({ loader: dataLoader('estados'), schema: SCHEMAS.estados(reference) }),
  regiones: defineCollection({ loader: dataLoader('regiones'), schema: SCHEMAS.regiones() }),
  comisiones: defineCollection({ loader: dataLoader('comisiones'), schema: SCHEMAS.comisiones() }),
  organismos: defineCollection({ loader: dataLoader('organismos'), schema: SCHEMAS.organismos(reference) }),
  series: defineCollection({ loader: dataLoader('series'), schema: SCHEMAS.series() }),
  glosario: defineCollection({ loader: dataLoader('glosario'), schema: SCHEMAS.glosario(reference) }),
};
