declare namespace App {
  interface Locals {
    /** The plan being rendered, for the `<Ejes />` an editor places in its body. */
    plan?: import('astro:content').CollectionEntry<'planes'>;
  }
}

interface ImportMetaEnv {
  /** True under `astro dev`, where drafts are previewed; false in every build. */
  readonly SHOW_DRAFTS: boolean;
}

/** The letter-folding table the browser editor (Decap CMS) uses for file names; src/lib/slugs.ts folds alike. */
declare module 'diacritics' {
  const diacritics: {
    /** The text with each accented or ligature letter replaced by its plain ASCII letters. */
    remove(text: string): string;
  };
  export default diacritics;
}
