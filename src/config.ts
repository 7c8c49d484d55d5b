/** Where the site's sources live, for «Editar esta página»: change it here and nowhere else. */
export const REPOSITORY = {
  /** Web address of the repository. */
  url: 'https://github.com/snt-transparencia/micrositio',
  /** Branch editors commit to. */
  branch: 'main',
} as const;

/** Public address of the site: canonical URLs, feeds, sitemap and the production nginx server name. */
export const SITE_URL = 'https://micrositio.snt.org.mx';
