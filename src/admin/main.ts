// The browser editor at /admin/: Decap CMS, bundled from npm into the site's own files (scripts/editor.ts
// builds it), in Spanish, with previews in the site's stylesheet. Its configuration is public/admin/config.yml.
import CMS from 'decap-cms-app';
import { createElement, type ComponentType } from 'react';
import siteStyles from '#/src/styles/global.css?inline';
import { ENTRY_COLLECTIONS } from '#/src/kinds/collections.ts';
import { EntryPreview } from './previews.ts';
import { acceptsFile, IMAGE_ACCEPT, uploadRefusal } from './uploads.ts';

// Decap's Spanish phrases leave the button that adds to a list in English («Add edición»), which it falls back
// to: this says it in Spanish, the rest of its phrases as they are.
type Phrases = Record<string, unknown> & { editor?: Record<string, unknown> & { editorWidgets?: object } };
const spanish = (CMS.getLocale('es') ?? {}) as Phrases;
CMS.registerLocale('es', {
  ...spanish,
  editor: {
    ...spanish.editor,
    editorWidgets: {
      ...spanish.editor?.editorWidgets,
      list: { add: 'Agregar %{item}', addType: 'Agregar %{item}' },
    },
  },
});
CMS.registerPreviewStyle(siteStyles, { raw: true });
for (const collection of ENTRY_COLLECTIONS) CMS.registerPreviewTemplate(collection, EntryPreview);

/** The files the media library's upload takes while it is open: the `accept` of the field that opened it. */
let accepting: string | undefined;

type ControlProps = Record<string, unknown> & {
  field: { getIn: (path: string[]) => unknown };
  onOpenMediaLibrary: (options: unknown) => unknown;
};

// Decap's file and image fields, each noting which files it takes when it opens the media library.
for (const name of ['file', 'image'] as const) {
  const widget = CMS.getWidget(name) as unknown as {
    control: ComponentType<ControlProps>;
    preview?: unknown;
    schema?: unknown;
  };
  const Control = widget.control;
  const Noted = (props: ControlProps) =>
    createElement(Control, {
      ...props,
      onOpenMediaLibrary: (options: unknown) => {
        const accept = props.field.getIn(['media_library', 'config', 'accept']);
        accepting = typeof accept === 'string' ? accept : name === 'image' ? IMAGE_ACCEPT : undefined;
        return props.onOpenMediaLibrary(options);
      },
    });
  // The registry keeps a widget's schema as its fourth argument, which the published types leave out.
  (CMS.registerWidget as (...args: unknown[]) => void)(name, Noted, widget.preview, widget.schema);
}

window.addEventListener(
  'click',
  ({ target }) => {
    // The header's «Medios» opens the library for no field: then it takes what the site's folders hold.
    if (target instanceof Element && target.closest('header')) accepting = undefined;
    // The system's file picker shows only the files the field takes…
    if (target instanceof HTMLInputElement && target.type === 'file' && accepting) target.accept = accepting;
  },
  true,
);
// …and any other file is refused before Decap sees it: React listens below window, so it never arrives.
window.addEventListener(
  'change',
  (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !accepting) return;
    const refused = Array.from(input.files ?? []).find((file) => !acceptsFile(accepting, file.name));
    if (!refused) return;
    event.stopImmediatePropagation();
    input.value = '';
    window.alert(uploadRefusal(accepting, refused.name));
  },
  true,
);

CMS.init();
