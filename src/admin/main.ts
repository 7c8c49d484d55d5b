// The browser editor at /admin/: Decap CMS, bundled from npm into the site's own files (scripts/editor.ts
// builds it), in Spanish, with previews in the site's stylesheet. Its configuration is public/admin/config.yml.
import CMS from 'decap-cms-app';
import siteStyles from '#/src/styles/global.css?inline';
import { ENTRY_COLLECTIONS } from '#/src/kinds/collections.ts';
import { EntryPreview } from './previews.ts';

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
CMS.init();
