/**
 * What each upload field of the browser editor takes: Decap's own media library offers no per-field file
 * types (only «images» for an image field, SVG and GIF included), so the configuration gives each field an
 * `accept` list (`media_library.config.accept`, written by src/build/editorConfig.ts) and the editor
 * (./main.ts) refuses any other file before it is uploaded. Plain functions, read by Node and the browser.
 */

/** The image files content may use, as the build checks them (src/lib/imageFiles.ts): no SVG, GIF or TIFF. */
export const IMAGE_ACCEPT = '.png,.jpg,.jpeg,.webp,.avif';

/** The extensions an `accept` list names, lower-case with their dot. */
const extensionsOf = (accept: string): string[] =>
  accept
    .split(',')
    .map((extension) => extension.trim().toLowerCase())
    .filter(Boolean);

/** Whether a file named `name` is one `accept` takes (every file when there is no list). */
export function acceptsFile(accept: string | undefined, name: string): boolean {
  if (!accept) return true;
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0];
  return extension !== undefined && extensionsOf(accept).includes(extension);
}

/** «solo acepta archivos .png, .jpg o .webp»: the end of the refusal, in Spanish. */
function allowed(accept: string): string {
  const extensions = extensionsOf(accept);
  const last = extensions.pop() ?? '';
  return extensions.length ? `${extensions.join(', ')} o ${last}` : last;
}

/** What the editor says when it refuses a file: which one, and which files the field takes. */
export const uploadRefusal = (accept: string, name: string): string =>
  `«${name}» no se subió: este campo solo acepta archivos ${allowed(accept)}.`;
