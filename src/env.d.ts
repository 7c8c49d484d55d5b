declare namespace App {
  interface Locals {
    /** Axes of the plan being rendered, for the `<Ejes />` an editor places in a plan body. */
    planAxes?: import('astro:content').CollectionEntry<'planes'>['data']['ejes'];
  }
}

interface ImportMetaEnv {
  /** True under `astro dev`, where drafts are previewed; false in every build. */
  readonly SHOW_DRAFTS: boolean;
}
