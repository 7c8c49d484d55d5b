import type { CollectionEntry } from 'astro:content';
import { byId, type Site } from './content';

/** The states, regions, commissions and bodies an entry belongs to; hubs and filters read this. */
export interface Facets {
  estados: Set<string>;
  regiones: Set<string>;
  comisiones: Set<string>;
  organismos: Set<string>;
}

/** An entry that hubs list. */
export type Listed =
  | CollectionEntry<'planes'>
  | CollectionEntry<'capsulas'>
  | CollectionEntry<'abc'>
  | CollectionEntry<'articulos'>
  | CollectionEntry<'revista'>;

type Ref = { id: string } | undefined;
const ids = (refs: Ref[]): string[] => refs.flatMap((ref) => (ref ? [ref.id] : []));

/** Direct references of an entry, before states and regions are derived from its bodies. */
function directFacets(entry: Listed): {
  estados: string[];
  regiones: string[];
  comisiones: string[];
  organismos: string[];
} {
  switch (entry.collection) {
    case 'planes':
      return {
        estados: [],
        regiones: ids([entry.data.region]),
        comisiones: ids([entry.data.comision]),
        organismos: ids([entry.data.presenta.organismo, entry.data.organismo]),
      };
    case 'capsulas':
      return {
        estados: ids([entry.data.estado]),
        regiones: [],
        comisiones: ids([entry.data.comision]),
        organismos: ids([entry.data.organismo, ...entry.data.personas.map((person) => person.organismo)]),
      };
    case 'articulos':
      return {
        estados: ids(entry.data.estados),
        regiones: [],
        comisiones: ids(entry.data.comisiones),
        organismos: ids(entry.data.autores.map((author) => author.organismo)),
      };
    case 'abc':
      return { estados: [], regiones: [], comisiones: ids(entry.data.comisiones), organismos: [] };
    case 'revista':
      return {
        estados: [],
        regiones: [],
        comisiones: [],
        organismos: ids(entry.data.comite.map((member) => member.organismo)),
      };
  }
}

const cache = new WeakMap<Listed, Facets>();

/** Facets of `entry`: its own references, plus the states of its bodies and the regions of its states. */
export function facetsOf(site: Site, entry: Listed): Facets {
  const known = cache.get(entry);
  if (known) return known;
  const direct = directFacets(entry);
  const bodyStates = direct.organismos.flatMap((id) => ids([byId(site, 'organismos', id)?.data.estado]));
  const estados = new Set([...direct.estados, ...bodyStates]);
  const stateRegions = [...estados].flatMap((id) => ids([byId(site, 'estados', id)?.data.region]));
  const facets: Facets = {
    estados,
    regiones: new Set([...direct.regiones, ...stateRegions]),
    comisiones: new Set(direct.comisiones),
    organismos: new Set(direct.organismos),
  };
  cache.set(entry, facets);
  return facets;
}

/** What a hub lists: every published entry whose facets include the hub. */
export function entriesOf(site: Site, facet: keyof Facets, id: string) {
  const has = (entry: Listed) => facetsOf(site, entry)[facet].has(id);
  return {
    planes: site.planes.filter(has),
    capsulas: site.capsulas.filter(has),
    abc: site.abc.filter(has),
    articulos: site.articulos.filter(has),
  };
}
