import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';

// A body's end as its hub, the directory and its JSON-LD tell it, from content/organismos.yaml.
const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const text = (html: HTMLElement, selector: string): string =>
  (html.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const jsonLd = (html: HTMLElement): Record<string, unknown>[] =>
  html
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

const DOF = 'http://diariooficial.gob.mx/nota_detalle.php?codigo=5752569&fecha=20%2F03%2F2025';

test('the INAI hub says when it ended, by which decree, who took its functions, and cites its sources', () => {
  const html = page('/organismos/inai/');
  expect(text(html, '.retired-banner')).toContain('Retirado el 21 de marzo de 2025');
  expect(text(html, '.retired-banner')).toContain('Lo sustituye: Transparencia para el Pueblo');
  const history = text(html, '#historia');
  expect(history).toContain('publicado el 20 de marzo de 2025');
  // No source verifies the successor's website: the page says so instead of linking a guess.
  expect(history).toContain(
    'No tenemos un dato verificado sobre el sitio web de Transparencia para el Pueblo (Secretaría Anticorrupción y Buen Gobierno).',
  );
  expect(html.querySelector(`#historia a[href="${DOF}"]`)).not.toBeNull();
  const sources = html.querySelectorAll('#historia .sources li');
  expect(sources.length).toBeGreaterThanOrEqual(3);
  expect(sources[0]?.textContent).toContain('Diario Oficial de la Federación');
});

test('the INAI JSON-LD carries its dissolution date and the decree, and names its successor in words', () => {
  const organization = jsonLd(page('/organismos/inai/')).find((item) => item['@type'] === 'GovernmentOrganization');
  expect(organization).toMatchObject({
    dissolutionDate: '2025-03-21',
    subjectOf: { '@type': 'Legislation', legislationDate: '2025-03-20', url: DOF },
  });
  expect(String(organization?.['description'])).toContain('Transparencia para el Pueblo');
});

test('a body whose end is pending stays current, with its situation, its sources and what is not verified', () => {
  const html = page('/organismos/info-cdmx/');
  expect(html.querySelector('.retired-banner')).toBeNull();
  const history = text(html, '#historia');
  expect(history).toContain('19 de diciembre de 2025');
  expect(history).toContain('No tenemos un dato verificado sobre la fecha en que dejará de existir.');
  expect(html.querySelectorAll('#historia .sources li').length).toBeGreaterThanOrEqual(1);
});

test('a state decree with no verified date says so on its hub', () => {
  expect(text(page('/organismos/itaibcs/'), '#historia')).toContain(
    'No tenemos un dato verificado sobre la fecha de publicación de Decreto 3178',
  );
});

test('the directory marks the bodies that ended, with when and who took their place, and lists them last', () => {
  const cards = page('/organismos/').querySelectorAll('.body-card');
  const inai = cards.find((card) => card.id === 'organismo-inai');
  expect(inai?.querySelector('.ended')?.textContent.replace(/\s+/g, ' ')).toContain(
    'Retirado el 21 de marzo de 2025. Lo sustituye: Transparencia para el Pueblo',
  );
  expect(cards.at(-1)?.querySelector('.ended')).not.toBeNull();
  expect(cards.find((card) => card.id === 'organismo-ichitaip')?.querySelector('.ended')).toBeNull();
});
