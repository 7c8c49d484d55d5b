import { readFileSync } from 'node:fs';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { readCollection } from './content.ts';

const capsules = readCollection('capsulas');
const youtubeCapsule = capsules.find((capsule) => (capsule.data['video'] as { youtube?: string }).youtube);
const ownCapsule = capsules.find((capsule) => (capsule.data['video'] as { archivo?: string }).archivo);
const article = readCollection('articulos')[0];
const issueNumber = readCollection('revista').find((issue) => issue.id === article?.data['revista'])?.data['numero'];
// The event with the most to show (a venue and a link), and a call with its results.
const event = readCollection('eventos').find((entry) => entry.data['modalidad'] === 'hibrida');
const call = readCollection('convocatorias').find((entry) => entry.data['resultados']);
// A call whose winning work is an audio, which plays on the call's page.
const spotCall = readCollection('convocatorias').find((entry) =>
  (entry.data['resultados'] as { ganadores: { obra: { audio?: string } }[] } | undefined)?.ganadores.some(
    (winner) => winner.obra.audio,
  ),
);
// An episode of a series, with captions and chapters: the audio page with the most to show.
const episode = readCollection('audios').find((entry) => entry.data['serie'] && entry.data['capitulos']);
const bodies = dataEntries(readFileSync('content/organismos.yaml', 'utf8'), 'organismos');

/** One page of each template a reader can land on, the Spanish 404 included. */
export const templates = [
  '/',
  '/planes/',
  '/planes/info-cdmx-comunicacion-social-2023/',
  '/abc/',
  `/abc/${readCollection('abc')[0]?.id ?? ''}/`,
  '/revista/',
  `/revista/${String(issueNumber)}/`,
  `/revista/${String(issueNumber)}/${article?.id ?? ''}/`,
  '/capsulas/',
  `/capsulas/${youtubeCapsule?.id ?? ''}/`,
  `/capsulas/${ownCapsule?.id ?? ''}/`,
  '/audios/',
  `/audios/${episode?.id ?? ''}/`,
  `/audios/series/${String(episode?.data['serie'])}/`,
  '/eventos/',
  `/eventos/${event?.id ?? ''}/`,
  '/convocatorias/',
  `/convocatorias/${call?.id ?? ''}/`,
  `/convocatorias/${spotCall?.id ?? ''}/`,
  '/contacto/',
  '/estados/',
  '/estados/chihuahua/',
  '/regiones/',
  '/regiones/centro-occidente/',
  '/comisiones/',
  '/comisiones/vinculacion-promocion-difusion-y-comunicacion-social/',
  '/organismos/',
  '/organismos/info-cdmx/',
  // A body that ended: its banner, its end with the decree, and its sources.
  `/organismos/${String(bodies.find((body) => body['retirado'])?.['id'])}/`,
  // The page that explains the 2025 reform, with its list of sources.
  '/que-cambio-en-2025/',
  // A booklet edition kept at its own address, and what changed in it, word by word.
  '/abc/abc-derecho-de-acceso-a-la-informacion/ediciones/2/',
  '/abc/abc-derecho-de-acceso-a-la-informacion/ediciones/2/que-cambio/',
  // Every plan's progress, and an event that is evidence of two líneas.
  '/seguimiento/',
  '/eventos/ejemplo-foro-periodismo-transparencia-2023/',
  // What readers read, from the server's log: with no counts in this build, it says there are none yet
  // (tests/e2e/impact.test.ts sweeps it with counts).
  '/impacto/',
  // The glossary: its A–Z index, a term at each anchor with its sources.
  '/glosario/',
  '/esta-pagina-no-existe/',
];

/** Templates that are not pages of content: search, open data, the embeddable player. */
export const serviceTemplates = [
  '/buscar/?q=transparencia',
  '/datos/',
  `/datos/capsulas/`,
  `/embed/capsulas/${ownCapsule?.id ?? ''}/`,
  `/embed/audios/${episode?.id ?? ''}/`,
];
