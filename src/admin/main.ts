// The browser editor at /admin/: Decap CMS, bundled from npm into the site's own files (scripts/editor.ts
// builds it), in Spanish, with previews in the site's stylesheet. Its configuration is public/admin/config.yml.
import CMS from 'decap-cms-app';
import siteStyles from '#/src/styles/global.css?inline';
import { ENTRY_COLLECTIONS } from '#/src/kinds/collections.ts';
import { EntryPreview } from './previews.ts';

CMS.registerPreviewStyle(siteStyles, { raw: true });
for (const collection of ENTRY_COLLECTIONS) CMS.registerPreviewTemplate(collection, EntryPreview);
CMS.init();
