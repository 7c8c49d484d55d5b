import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { schema } from '#/src/kinds/glossary.ts';
import type { Reference } from '#/src/kinds/fields.ts';
import { byInitial, knownWords, type GlossaryEntry } from '#/src/lib/glossary.ts';
import { linkFirstUses, wordMatcher } from '#/src/lib/glossaryLinks.ts';
import type { Catalog } from '#/src/lib/catalog.ts';

const term = (id: string, termino: string, sigla?: string, formas: string[] = []) =>
  ({
    id,
    data: { termino, sigla, formas, definicion: '', fuentes: [], ejemplo: false, relacionados: [] },
  }) as unknown as GlossaryEntry;

const catalog = {
  glosario: [
    term('pnt', 'Plataforma Nacional de Transparencia', 'PNT'),
    term('sujeto-obligado', 'sujeto obligado', undefined, ['sujetos obligados']),
    term('arco', 'derechos de acceso, rectificación, cancelación y oposición', 'ARCO'),
  ],
  organismos: [
    {
      id: 'info-cdmx',
      collection: 'organismos',
      data: { siglas: 'INFO CDMX', nombre: 'Instituto de Transparencia de la Ciudad de México' },
    },
  ],
} as unknown as Pick<Catalog, 'glosario' | 'organismos'>;

const matcher = wordMatcher(knownWords(catalog));
const page = (main: string) =>
  `<html><head><title>PNT</title></head><body><header><p>PNT</p></header><main>${main}</main><footer>PNT</footer></body></html>`;
const mainOf = (html: string) => html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>'));
const linked = (main: string) => mainOf(linkFirstUses(page(main), matcher));

const pnt = '<a class="term" href="/glosario/#pnt"><abbr title="Plataforma Nacional de Transparencia">PNT</abbr></a>';

describe('the first use of a known word on a page links to its explanation', () => {
  test('an acronym is marked with what it stands for and linked, once per page', () => {
    expect(linked('<p>Pide en la PNT. La PNT responde.</p><p>PNT</p>')).toBe(
      `<p>Pide en la ${pnt}. La PNT responde.</p><p>PNT</p>`,
    );
  });

  test('a term is linked without <abbr>, as written or with a capital first letter, in any of its forms', () => {
    expect(linked('<p>Los Sujetos obligados publican. Un sujeto obligado responde.</p>')).toBe(
      '<p>Los <a class="term" href="/glosario/#sujeto-obligado">Sujetos obligados</a> publican. Un sujeto obligado responde.</p>',
    );
  });

  test('an acronym after its written-out term is marked, and the term alone carries the link', () => {
    expect(linked('<p>La Plataforma Nacional de Transparencia (PNT) funciona.</p>')).toBe(
      '<p>La <a class="term" href="/glosario/#pnt">Plataforma Nacional de Transparencia</a> (<abbr title="Plataforma Nacional de Transparencia">PNT</abbr>) funciona.</p>',
    );
  });

  test('a body’s acronym of two words links to its page, across a line break', () => {
    expect(linked('<p>El INFO\n CDMX publica.</p>')).toBe(
      '<p>El <a class="term" href="/organismos/info-cdmx/"><abbr title="Instituto de Transparencia de la Ciudad de México">INFO\n CDMX</abbr></a> publica.</p>',
    );
  });

  test.each([
    ['a heading', '<h2>La PNT</h2>'],
    ['the label of a fact', '<dl><dt>PNT</dt><dd>Sí</dd></dl>'],
    ['a link', '<p><a href="/x/">la PNT</a></p>'],
    ['code', '<p><code>PNT</code></p>'],
    ['an abbreviation already marked', '<p><abbr title="x">PNT</abbr></p>'],
    ['hidden text', '<div hidden><span>PNT</span></div>'],
    ['an attribute', '<p title="PNT">Hola</p>'],
  ])('never inside %s: the next use in the text is the first', (_, html) => {
    expect(linked(`${html}<p>La PNT.</p>`)).toBe(`${html}<p>La ${pnt}.</p>`);
  });

  test('leaves words that only look alike: other case for an acronym, part of a word', () => {
    const text = '<p>Un arco y un marco. PNTS no es PNT2.</p>';
    expect(linked(text)).toBe(text);
  });

  test('touches only <main>', () => {
    const html = linkFirstUses(page('<p>Hola.</p>'), matcher);
    expect(html).toBe(page('<p>Hola.</p>'));
  });
});

test('the A–Z index files each term under the initial of its acronym, or of its term', () => {
  expect(byInitial(catalog.glosario).map(({ letter, terms }) => [letter, terms.map(({ id }) => id)])).toEqual([
    ['A', ['arco']],
    ['P', ['pnt']],
    ['S', ['sujeto-obligado']],
  ]);
});

describe('a glossary term', () => {
  // References are Astro's to check; here any id will do.
  const termSchema = schema((() => z.string()) as unknown as Reference);
  const base = {
    id: 'prueba',
    termino: 'Término de prueba',
    definicion: 'Una definición de prueba, en palabras sencillas.',
  };
  const source = { titulo: 'Fuente', editor: 'Editor', enlace: 'https://example.org/' };

  test('needs a source for its definition, unless it is marked as an example', () => {
    expect(termSchema.safeParse({ ...base, fuentes: [source] }).success).toBe(true);
    expect(termSchema.safeParse({ ...base, ejemplo: true }).success).toBe(true);
    const missing = termSchema.safeParse(base);
    expect(missing.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['fuentes', expect.stringContaining('una definición necesita al menos una fuente')],
    ]);
  });

  test('writes its acronym in capitals', () => {
    expect(termSchema.safeParse({ ...base, sigla: 'INFO CDMX', fuentes: [source] }).success).toBe(true);
    expect(termSchema.safeParse({ ...base, sigla: 'Pnt', fuentes: [source] }).success).toBe(false);
  });
});
