declare namespace App {
  interface Locals {
    /** Axes of the plan being rendered, for the `<Ejes />` an editor places in a plan body. */
    planAxes?: import('astro:content').CollectionEntry<'planes'>['data']['ejes'];
  }
}
