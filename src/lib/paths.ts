/** Folder that holds the content collections, relative to the project root. */
export const CONTENT_DIR = './content';

/** Folder served as is at the site root. */
export const PUBLIC_DIR = './public';
