/**
 * The glossary as pages read it: terms ordered and grouped by initial for its A–Z index, and the words the
 * build links to their definitions on every other page (the terms, their acronyms and other forms, and the
 * acronyms of the guarantor bodies, which have pages of their own).
 */
import type { CollectionEntry } from 'astro:content';
import type { Catalog } from './catalog.ts';
import { CONTEXT, absolute, type JsonLd } from './jsonLd.ts';
import { GLOSSARY, hubUrl } from '#/src/kinds/index.ts';

/** One term of content/glosario.yaml. */
export type GlossaryEntry = CollectionEntry<'glosario'>;

/** What the glossary lists a term under: its acronym when it has one (what readers meet), else the term. */
export const headword = (term: GlossaryEntry): string => term.data.sigla ?? term.data.termino;

/** The letter a headword is filed under: its first letter, capital and without accent (Ñ stays Ñ). */
export const initialOf = (word: string): string => {
  const first = word.trim().charAt(0).toLocaleUpperCase('es-MX');
  return first === 'Ñ' ? first : first.normalize('NFD').charAt(0);
};

/** The terms grouped by initial, the letters and the terms in Spanish alphabetical order. */
export function byInitial(terms: readonly GlossaryEntry[]): { letter: string; terms: GlossaryEntry[] }[] {
  const sorted = [...terms].sort((a, b) => headword(a).localeCompare(headword(b), 'es-MX', { sensitivity: 'base' }));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const term of sorted) {
    const letter = initialOf(headword(term));
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, terms: grouped }));
}

/** The anchor of a letter of the index. */
export const letterAnchor = (letter: string): string =>
  `letra-${letter.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`;

/** The glossary as a schema.org DefinedTermSet, each term at its anchor. */
export function glossaryJsonLd(terms: readonly GlossaryEntry[], name: string, site: URL): JsonLd {
  const url = absolute(GLOSSARY.list, site);
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    name,
    url,
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      name: term.data.termino,
      ...(term.data.sigla ? { alternateName: term.data.sigla } : {}),
      description: term.data.definicion,
      url: absolute(GLOSSARY.url(term.id), site),
      inDefinedTermSet: url,
    })),
  };
}

/** A word the build links, at its first use on a page, to where it is explained. */
export interface KnownWord {
  /** As written in texts: «SNT», «sujetos obligados». */
  text: string;
  /** Whether it is an acronym: it is then marked as an abbreviation, with what it stands for. */
  acronym: boolean;
  /** What it stands for, or what it is: the title of its `<abbr>`. */
  meaning: string;
  /** Where it is explained. */
  href: string;
  /** One key per term: a page links a term once, whichever of its forms comes first. */
  key: string;
}

/** Every word the build links: each term's acronym, name and other forms, and each body's acronym. */
export function knownWords(catalog: Pick<Catalog, 'glosario' | 'organismos'>): KnownWord[] {
  const terms = catalog.glosario.flatMap((term): KnownWord[] => {
    const href = GLOSSARY.url(term.id);
    const key = `glosario/${term.id}`;
    const { sigla, termino, formas } = term.data;
    return [
      ...(sigla ? [{ text: sigla, acronym: true, meaning: termino, href, key }] : []),
      ...[termino, ...formas].map((text) => ({ text, acronym: false, meaning: termino, href, key })),
    ];
  });
  const bodies = catalog.organismos.map((body) => ({
    text: body.data.siglas,
    acronym: true,
    meaning: body.data.nombre,
    href: hubUrl(body),
    key: `organismos/${body.id}`,
  }));
  return [...terms, ...bodies];
}
