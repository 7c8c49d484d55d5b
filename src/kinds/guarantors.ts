/**
 * The guarantor bodies (and the national institute): the directory of who guarantees the right of access
 * to information in each state, with their sites and social accounts, and their end when they have one.
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { refId, column } from '#/src/lib/datasets.ts';
import { absolute, CONTEXT, publisher, type JsonLd } from '#/src/lib/jsonLd.ts';
import { resolve, type Catalog } from '#/src/lib/catalog.ts';
import { GUARANTORS_URL, guarantorUrl } from '#/src/lib/urls.ts';
import { expected, httpsUrl, hubSchema, paragraph, ref, retired, sources, text, type Reference } from './fields.ts';
import type { HubKind } from './types.ts';

/** A guarantor body as the catalog holds it. */
export type Guarantor = CollectionEntry<'organismos'>;

/** What content/organismos.yaml holds for each body. */
export const schema = (reference: Reference) =>
  hubSchema({
    /** Acronym as the body writes it, e.g. «INFO CDMX». */
    siglas: text(2).meta({ title: 'Siglas', description: 'Como las escribe el organismo, p. ej. «INFO CDMX».' }),
    /** Full legal name. */
    nombre: text().meta({ title: 'Nombre oficial' }),
    /** State of a local body; absent for the national institute. */
    estado: ref('estados', reference)
      .meta({ title: 'Entidad', description: 'Vacío para el instituto nacional.' })
      .optional(),
    /** Official website. */
    sitio: httpsUrl.meta({ title: 'Sitio web oficial' }),
    /** Social accounts. */
    redes: z
      .array(
        z
          .object({
            /** Network name, e.g. «YouTube». */
            red: text(2).meta({ title: 'Red', description: 'P. ej. «YouTube».' }),
            /** Address of the account. */
            url: httpsUrl.meta({ title: 'Dirección de la cuenta' }),
          })
          .strict(),
      )
      .default([])
      .meta({ title: 'Redes sociales', description: 'Solo cuentas verificadas.' }),
    /** Marks a body that no longer exists; its page stays, with a banner and its successor. */
    retirado: retired(
      'organismos',
      reference,
      'El «id» del organismo de este sitio que asumió sus funciones, si lo hay: su página lo enlaza con «Consulta en su lugar». Si está fuera del sitio, usa «Sucesor fuera del sitio».',
    ),
    /** Where it stands while its end is pending or unclear, as its sources say; not for a body retired. */
    situacion: z
      .object(
        {
          /** What the sources say, in plain sentences. */
          texto: paragraph(10).meta({
            title: 'Texto',
            description: 'Solo lo que dicen las fuentes, en oraciones claras.',
          }),
          /** Where it was read. */
          fuentes: sources.min(1, 'se esperaba al menos una fuente'),
        },
        expected('un grupo de campos: texto y fuentes'),
      )
      .strict()
      .meta({
        title: 'Situación',
        description: 'Qué se sabe de su situación (p. ej. una reforma pendiente), con sus fuentes.',
      })
      .optional(),
    /** What no verified source says about it: its page states each plainly instead of guessing. */
    sinVerificar: z.array(text(), expected('una lista')).default([]).meta({
      title: 'Datos sin verificar',
      description:
        'Cada uno se muestra como «No tenemos un dato verificado sobre …». Escribe solo el final, p. ej. «la fecha en que se extinguió».',
    }),
  });

export const kind = {
  collection: 'organismos',
  fileComment: [
    'Organismos garantes. «id» son las siglas en minúsculas y sin espacios: /organismos/<id>/.',
    'Solo se registran datos verificables; las redes sociales se agregan cuando se confirmen.',
  ],
  label: { other: 'nav.organismos' },
  list: GUARANTORS_URL,
  listText: { title: 'bodies.title', intro: 'bodies.intro' },
  url: guarantorUrl,
  name: (guarantor) => guarantor.data.nombre,
  shortName: (guarantor) => guarantor.data.siglas,
  dataset: {
    id: 'organismos',
    title: 'Organismos garantes',
    description: 'Los organismos garantes del derecho de acceso a la información y de protección de datos personales.',
    of: 'del organismo',
    columns: [
      column.texto('siglas', 'Siglas del organismo.', (o) => o.data.siglas),
      column.texto('nombre', 'Nombre oficial completo.', (o) => o.data.nombre),
      column.texto(
        'estado',
        'Identificador de su entidad (ver el conjunto «estados»); vacío para el instituto nacional.',
        (o) => refId(o.data.estado),
      ),
      column.url('sitio', 'Sitio web oficial.', (o) => o.data.sitio),
      column.lista('redes', 'Direcciones de sus cuentas en redes sociales.', (o) =>
        o.data.redes.map((account) => account.url),
      ),
    ],
    retiredSuccessor:
      'Dirección del organismo que asumió sus funciones, si se retiró y la hay (en el micrositio o, si está verificada, fuera de él).',
  },
} satisfies HubKind<'organismos'>;

/** A guarantor body as a short reference inside another object. */
export const guarantorRef = (guarantor: Guarantor, site: URL): JsonLd => ({
  '@type': 'GovernmentOrganization',
  name: guarantor.data.nombre,
  alternateName: guarantor.data.siglas,
  url: absolute(guarantorUrl(guarantor.id), site),
});

/** A person named in an entry, with the body they belong to when known. */
export const personJsonLd = (
  who: { nombre: string; cargo?: string | undefined },
  guarantor: Guarantor | undefined,
  site: URL,
): JsonLd => ({
  '@type': 'Person',
  name: who.nombre,
  ...(who.cargo ? { jobTitle: who.cargo } : {}),
  ...(guarantor ? { affiliation: guarantorRef(guarantor, site) } : {}),
});

/** Organisers of an event or a call: its bodies, then the SNT for its commissions. */
export const organisersJsonLd = (
  catalog: Catalog,
  { organismos, comisiones }: { organismos: { id: string; collection: 'organismos' }[]; comisiones: unknown[] },
  site: URL,
): JsonLd[] => [
  ...organismos.map((ref) => guarantorRef(resolve(catalog, ref), site)),
  ...(comisiones.length > 0 || organismos.length === 0 ? [publisher(site)] : []),
];

/** A guarantor body's own page: the body itself, and its end when it has one. */
export const governmentOrganization = (guarantor: Guarantor, site: URL): JsonLd => ({
  '@context': CONTEXT,
  '@type': 'GovernmentOrganization',
  name: guarantor.data.nombre,
  alternateName: guarantor.data.siglas,
  url: guarantor.data.sitio,
  ...(guarantor.data.redes.length ? { sameAs: guarantor.data.redes.map((account) => account.url) } : {}),
  mainEntityOfPage: absolute(guarantorUrl(guarantor.id), site),
  ...(guarantor.data.retirado ? dissolution(guarantor.data.retirado) : {}),
});

/**
 * A body that no longer exists: schema.org's `dissolutionDate`, and the decree or reform that ended it as the
 * `Legislation` it is the subject of. schema.org has no term for an organisation's successor, so who took its
 * functions is said in words (`description`), not in a property that means something else.
 */
const dissolution = (retirement: NonNullable<Guarantor['data']['retirado']>): JsonLd => {
  const successor = retirement.sucesorExterno?.nombre;
  const { instrumento } = retirement;
  return {
    dissolutionDate: retirement.fecha,
    description: successor
      ? `${retirement.motivo.replace(/\.?$/, '.')} Sus funciones pasaron a: ${successor}.`
      : retirement.motivo,
    ...(instrumento
      ? {
          subjectOf: {
            '@type': 'Legislation',
            name: instrumento.nombre,
            ...(instrumento.fecha ? { legislationDate: instrumento.fecha } : {}),
            ...(instrumento.enlace ? { url: instrumento.enlace } : {}),
          },
        }
      : {}),
  };
};
