/**
 * Work plans: of a commission, a regional coordination or a guarantor body, with their ejes and líneas de
 * acción (each with its anchor), transcribed from the source, and the evidence of what was done.
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { ids, resolve, type Catalog } from '#/src/lib/catalog.ts';
import { optional, column } from '#/src/lib/datasets.ts';
import { absolute, common, CONTEXT, publisher, type JsonLd } from '#/src/lib/jsonLd.ts';
import { isoDay } from '#/src/lib/dates.ts';
import { quoted, TODO, type Draft, type ScaffoldContext } from '#/src/lib/scaffolds.ts';
import { listPageUrl, PLANS_CARD_URL, PLANS_URL, planUrl } from '#/src/lib/urls.ts';
import { kind as commissions } from './commissions.ts';
import { noFacets } from './collections.ts';
import { baseEntry, expected, ref, text, year, type Reference } from './fields.ts';
import { axisSchema, lineDataset } from './planLines.ts';
import { kind as guarantors, personJsonLd } from './guarantors.ts';
import { kind as regions } from './regions.ts';
import * as synthetic from './synthetic.ts';
import { slugify } from '#/src/lib/slugs.ts';
import type { EntryKind, HubKind } from './types.ts';

/** A work plan as the catalog holds it. */
export type Plan = CollectionEntry<'planes'>;
type PlanData = Plan['data'];

const JSON_LD_TYPE = 'Report';

/** The frontmatter of a plan: who presents it, its period and its ejes with their líneas. */
export const schema = (reference: Reference) => {
  const planAxis = axisSchema(reference);
  return baseEntry('planes', reference)
    .extend({
      /** Kind of SNT instance the plan belongs to. */
      instancia: z.enum(['comision', 'region', 'organismo'], expected('comision, region u organismo')).meta({
        title: 'Instancia',
        description: 'Quién tiene el plan: una comisión, una región o un organismo garante (llena solo ese campo).',
        optionLabels: { comision: 'Comisión', region: 'Región', organismo: 'Organismo garante' },
      }),
      /** Commission, when `instancia: comision`. */
      comision: ref('comisiones', reference).meta({ title: 'Comisión' }).optional(),
      /** Region, when `instancia: region`. */
      region: ref('regiones', reference).meta({ title: 'Región' }).optional(),
      /** Guarantor body, when `instancia: organismo`. */
      organismo: ref('organismos', reference).meta({ title: 'Organismo garante' }).optional(),
      /** Who presents the plan. */
      presenta: z
        .object(
          {
            /** Person or area presenting the plan. */
            nombre: text(2).meta({ title: 'Nombre', description: 'La persona o el área que presenta el plan.' }),
            /** Their post. */
            cargo: text(0).meta({ title: 'Cargo' }).optional(),
            /** Their guarantor body. */
            organismo: ref('organismos', reference).meta({ title: 'Organismo garante' }),
          },
          expected('un grupo de campos'),
        )
        .strict()
        .meta({ title: 'Quién lo presenta' }),
      /** Years the plan covers. */
      periodo: z
        .object(
          {
            /** First year. */
            inicio: year.meta({ title: 'Año de inicio' }),
            /** Last year (the same as `inicio` for a one-year plan). */
            fin: year.meta({
              title: 'Año de término',
              description: 'El mismo que el de inicio si el plan es de un año.',
            }),
          },
          expected('un grupo de campos'),
        )
        .strict()
        .refine((p) => p.fin >= p.inicio, {
          error: 'el año «fin» debe ser igual o posterior al año «inicio»',
          path: ['fin'],
        })
        .meta({ title: 'Periodo' }),
      /** Place where the plan was signed, e.g. «Chihuahua, Chihuahua». */
      lugar: text(0).meta({ title: 'Lugar', description: 'Donde se firmó, p. ej. «Chihuahua, Chihuahua».' }).optional(),
      /** Ejes, estrategias or programas, in the order of the source. */
      ejes: z.array(planAxis, expected('una lista')).min(1).meta({
        title: 'Ejes',
        description:
          'Ejes, estrategias o programas, en el orden del plan. No cambies el orden de los ya publicados: su número forma su ancla (#eje-N).',
      }),
    })
    .strict()
    .superRefine((plan, ctx) => {
      const field = { comision: 'comision', region: 'region', organismo: 'organismo' }[plan.instancia];
      if (plan[field as 'comision' | 'region' | 'organismo'] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `falta «${field}»: un plan con «instancia: ${plan.instancia}» debe indicar a qué ${field} pertenece`,
        });
      }
    });
};

/** The kinds of SNT instance a plan can belong to. */
export type InstanceKind = PlanData['instancia'];

/** The commission, region or body a plan belongs to, with its hub. */
export interface Instance {
  kind: InstanceKind;
  id: string;
  /** Full name, e.g. «Comisión de Vinculación, …» or «Norte». */
  name: string;
  /** Short name for facet lists: a commission's `nombreCorto`, a body's `siglas`. */
  shortName: string;
  href: string;
}

/** The hub kind of each kind of instance, in the order the plan list groups them. */
export const INSTANCE_HUBS = { comision: commissions, region: regions, organismo: guarantors } as const;

/** The instance (commission, region or body) a plan belongs to, with its hub. */
export function instanceOf(plan: PlanData, catalog: Catalog): Instance {
  const kind = plan.instancia;
  const ref = plan[kind];
  // The schema refuses a plan whose `instancia` lacks its matching field; this only narrows the type.
  if (!ref) throw new Error(`Plan sin «${kind}»`);
  const hub = resolve(catalog, ref);
  // The three hub kinds read a hub the same way; TypeScript cannot pair each kind with its own hub.
  const { name, shortName, url } = INSTANCE_HUBS[kind] as unknown as HubKind<typeof hub.collection>;
  return { kind, id: hub.id, name: name(hub), shortName: shortName(hub), href: url(hub.id) };
}

/** A work plan: its instance, who presents it, its period and one eje with one línea to copy. */
function draft({ slug, today, firstId }: ScaffoldContext): Draft {
  const comision = firstId('comisiones');
  const organismo = firstId('organismos');
  const year = today.slice(0, 4);
  return {
    slug,
    fields: [
      '# Instancia del SNT que presenta el plan: comision, region u organismo. Con «region», cambia la línea',
      '# «comision» de abajo por «region: <id>» (content/regiones.yaml); con «organismo», por «organismo: <id>».',
      'instancia: comision',
      `# Comisión del plan: un «id» de content/comisiones.yaml (se puso la primera de la lista; cámbiala).`,
      `comision: ${comision}`,
      '# Quién presenta el plan.',
      'presenta:',
      '  # Nombre de la persona o del área que lo presenta.',
      `  nombre: ${quoted(`${TODO}: nombre de quien presenta el plan`)}`,
      '  # Su cargo, p. ej. «Comisionada Presidenta». Si no hace falta, borra esta línea y la de arriba.',
      `  cargo: ${quoted(`${TODO}: cargo`)}`,
      `  # Su organismo garante: un «id» de content/organismos.yaml (se puso el primero de la lista; cámbialo).`,
      `  organismo: ${organismo}`,
      '# Años que cubre el plan; en un plan de un solo año, «inicio» y «fin» son el mismo.',
      'periodo:',
      '  # Primer año.',
      `  inicio: ${year}`,
      '  # Último año.',
      `  fin: ${year}`,
      '# Opcional: lugar donde se firmó el plan. Quita el «#» del principio para usarlo.',
      '# lugar: "Ciudad, Estado"',
      '# Ejes, estrategias o programas, en el orden del plan. Para agregar otro, copia el bloque que empieza',
      '# con «- etiqueta» con la misma sangría.',
      'ejes:',
      '  # Cómo numera el plan este eje, p. ej. «Eje estratégico I», «Estrategia 2», «Programa 1».',
      '  - etiqueta: "Eje 1"',
      '    # Nombre del eje.',
      `    titulo: ${quoted(`${TODO}: nombre del eje`)}`,
      '    # Opcional: párrafos que explican el eje, uno por renglón que empieza con «- ».',
      '    descripcion:',
      `      - ${quoted(`${TODO}: párrafo que explica el eje`)}`,
      '    # Líneas de acción del eje, una por renglón que empieza con «- texto:».',
      '    lineas:',
      '      # Texto de la línea de acción, como lo escribieron sus autores.',
      `      - texto: ${quoted(`${TODO}: primera línea de acción`)}`,
    ],
    body: [
      `${TODO}: escribe aquí el texto del plan, en el orden del documento original: presentación, objetivos,`,
      'misión, visión, etc. Cada sección empieza con «## » y su título; para una lista, empieza cada renglón con «- ».',
      '',
      '## Ejes',
      '',
      'La línea de abajo muestra los ejes y las líneas de acción del encabezado. Ponla donde van en el plan.',
      '',
      '<Ejes />',
    ].join('\n'),
    url: planUrl(slug),
    steps: [
      `Revisa «instancia», «comision» y «presenta.organismo»: se pusieron ${comision} y ${organismo}, los primeros de cada lista, solo para que la entrada funcione.`,
      'Escribe los ejes y sus líneas de acción en el encabezado (entre las líneas «---»), no en el texto.',
    ],
  };
}

/** A work plan, presented by someone of a guarantor body. */
function report(catalog: Catalog, plan: CollectionEntry<'planes'>, image: string, site: URL): JsonLd {
  const { data } = plan;
  return {
    '@context': CONTEXT,
    '@type': JSON_LD_TYPE,
    ...common(data, absolute(planUrl(plan.id), site), image),
    headline: data.titulo,
    ...(data.actualizado ? { dateModified: isoDay(data.actualizado) } : {}),
    author: personJsonLd(data.presenta, resolve(catalog, data.presenta.organismo), site),
    temporalCoverage: `${data.periodo.inicio}/${data.periodo.fin}`,
    ...(data.lugar ? { locationCreated: { '@type': 'Place', name: data.lugar } } : {}),
    publisher: publisher(site),
  };
}

/**
 * Plans with many ejes and líneas: a twentieth of the líneas cite a document published elsewhere, and some
 * detailed ones say their indicator counts events and capsules up to the number their meta writes. The
 * other kinds, made after the plans, name their líneas as evidence.
 */
function generate(count: number, { r, pool, date }: synthetic.SyntheticContext) {
  return Array.from({ length: count }, (_, i) => {
    const instance = r.pick(['comision', 'region', 'organismo'] as const);
    const owner =
      instance === 'comision'
        ? r.pick(pool.comisiones)
        : instance === 'region'
          ? r.pick(pool.regiones)
          : r.pick(pool.organismos);
    const fecha = date();
    const inicio = fecha.getUTCFullYear();
    const id = `plan-${synthetic.pad(i + 1)}-${slugify(owner).slice(0, 40)}-${inicio}`;
    const detailed = r.chance(0.3);
    const lines: string[] = [];
    const ejes = Array.from({ length: r.int(3, 6) }, (_, e) => {
      const lineas = Array.from({ length: r.int(3, 5) }, (_, l) => {
        lines.push(`${e + 1}.${l + 1}`);
        const evidence = r.chance(0.05)
          ? `\n        evidencias:\n          externas:\n            - titulo: ${synthetic.q(`Informe de actividades ${inicio}`)}\n              fecha: "${inicio}"\n              editor: ${synthetic.q('Organismo garante')}\n              tipo: informe\n              enlace: https://example.org/informes/${id}-${e + 1}-${l + 1}.pdf`
          : '';
        const target = r.int(1, 3);
        const indicator = detailed
          ? `\n        actividades:\n${Array.from({ length: r.int(1, 2) }, () => `          - ${synthetic.q(synthetic.paragraph(r, pool, 1))}`).join('\n')}\n        meta: ${synthetic.q(`Realizar ${target} acciones: ${synthetic.paragraph(r, pool, 1)}`)}\n        indicador: ${synthetic.q(`Porcentaje de ${r.pick(synthetic.OBJECTS)}`)}\n        formula: ${synthetic.q('(Acciones realizadas / acciones programadas) × 100')}\n        temporalidad: ${synthetic.q(r.pick(['Trimestral', 'Semestral', 'Anual']))}\n        medioVerificacion: ${synthetic.q('Informe de actividades publicado')}${r.chance(0.3) ? `\n        cuenta:\n          tipos: [eventos, capsulas]\n          meta: ${target}` : ''}`
          : '';
        return `      - texto: ${synthetic.q(synthetic.paragraph(r, pool, 1))}${indicator}${evidence}`;
      }).join('\n');
      return `  - etiqueta: ${synthetic.q(`Eje estratégico ${e + 1}`)}
    titulo: ${synthetic.q(synthetic.capitalized(r.pick(synthetic.TOPICS)))}
    descripcion:
      - ${synthetic.q(synthetic.paragraph(r, pool, r.int(2, 4)))}
    objetivos:
      - ${synthetic.q(synthetic.paragraph(r, pool, 1))}
    lineas:
${lineas}`;
    }).join('\n');
    return {
      id,
      url: planUrl(id),
      lines,
      text: `---
titulo: ${synthetic.q(`Plan de trabajo ${inicio} de ${owner} (${i + 1})`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(fecha)}
instancia: ${instance}
${instance}: ${owner}
presenta:
  nombre: ${synthetic.q(`${r.pick(synthetic.ROLES)} coordinadora`)}
  cargo: ${synthetic.q(r.pick(synthetic.ROLES))}
  organismo: ${r.pick(pool.organismos)}
periodo:
  inicio: ${inicio}
  fin: ${inicio + r.int(0, 2)}
lugar: "Ciudad de México"
ejes:
${ejes}
---

## Exposición de motivos

${synthetic.paragraphs(r, pool, r.int(1, 3))}

## Objetivo general

${synthetic.paragraph(r, pool, r.int(2, 3))}

## Ejes del plan de trabajo

<Ejes />

## Reflexiones finales

${synthetic.paragraphs(r, pool, r.int(1, 2))}
`,
    };
  });
}

export const kind = {
  collection: 'planes',
  label: { one: 'type.planes', other: 'nav.planes' },
  url: (plan) => planUrl(plan.id),
  list: (page) => listPageUrl(PLANS_URL, page),
  listText: { title: 'nav.planes', intro: 'plan.list.intro' },
  feed: { description: 'feed.planes.description' },
  searchType: 'search.type.planes',
  facets: ({ data }) => ({
    ...noFacets,
    regiones: ids([data.region]),
    comisiones: ids([data.comision]),
    organismos: ids([data.presenta.organismo, data.organismo]),
  }),
  // A plan covers its whole period.
  years: ({ data: { periodo } }) =>
    Array.from({ length: periodo.fin - periodo.inicio + 1 }, (_, i) => periodo.inicio + i),
  dataset: {
    id: 'planes',
    title: 'Planes de trabajo',
    description:
      'Los planes de trabajo publicados de las comisiones, las coordinaciones regionales y los organismos garantes del SNT: una fila por plan.',
    columns: [
      column.texto(
        'instancia',
        'Tipo de instancia a la que pertenece el plan: comision, region u organismo.',
        (plan) => plan.data.instancia,
      ),
      column.texto(
        'instanciaId',
        'Identificador de la comisión, región u organismo al que pertenece el plan.',
        (plan, catalog) => instanceOf(plan.data, catalog).id,
      ),
      column.texto(
        'instanciaNombre',
        'Nombre de la comisión, región u organismo al que pertenece el plan.',
        (plan, catalog) => instanceOf(plan.data, catalog).name,
      ),
      column.texto('presentaNombre', 'Persona o área que presenta el plan.', (plan) => plan.data.presenta.nombre),
      column.texto('presentaCargo', 'Cargo de quien presenta el plan.', (plan) => optional(plan.data.presenta.cargo)),
      column.texto(
        'presentaOrganismo',
        'Identificador del organismo garante de quien presenta el plan (ver el conjunto «organismos»).',
        (plan) => plan.data.presenta.organismo.id,
      ),
      column.entero('periodoInicio', 'Primer año que cubre el plan.', (plan) => plan.data.periodo.inicio),
      column.entero('periodoFin', 'Último año que cubre el plan.', (plan) => plan.data.periodo.fin),
      column.texto('lugar', 'Lugar donde se firmó o presentó el plan.', (plan) => optional(plan.data.lugar)),
      column.entero('ejes', 'Número de ejes, estrategias o programas del plan.', (plan) => plan.data.ejes.length),
      column.entero('lineas', 'Número de líneas de acción del plan (ver el conjunto «lineas-de-accion»).', (plan) =>
        plan.data.ejes.reduce((sum, axis) => sum + axis.lineas.length, 0),
      ),
    ],
  },
  derivedDatasets: [lineDataset],
  scaffold: {
    word: 'plan',
    aliases: ['planes'],
    // Only plans need MDX (for `<Ejes />`); Markdown builds much faster.
    format: 'mdx',
    description: 'plan de trabajo de una comisión, región u organismo',
    draft,
  },
  jsonLd: { type: JSON_LD_TYPE, build: report },
  // Plans have no picture of their own.
  card: { drawn: PLANS_CARD_URL, title: 'share.plansCardTitle', alt: 'share.plansCardAlt' },
  // The plan page splits the body around <Ejes /> (planOutline).
  retainBody: true,
  bench: { share: 0.05, generate },
} satisfies EntryKind<'planes'>;
