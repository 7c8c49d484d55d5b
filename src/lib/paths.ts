/** Folder that holds the content collections, relative to the project root. */
export const CONTENT_DIR = './content';

/** Folder served as is at the site root. */
export const PUBLIC_DIR = './public';

/** Folder next to a capsule's file that holds its poster: `./posters/<slug>.png`. */
export const POSTERS_FOLDER = 'posters' as const;

/** Folder next to a booklet's or an issue's file that holds its cover: `./portadas/<slug>.png`. */
export const COVERS_FOLDER = 'portadas' as const;
