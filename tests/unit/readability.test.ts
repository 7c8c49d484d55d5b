import { describe, expect, test } from 'vitest';
import {
  fernandezHuerta,
  infleszBand,
  plainBlocks,
  readability,
  sentencesOf,
  szigrisztPazos,
  wordsOf,
} from '#/src/lib/readability.ts';

/** `count` words of one syllable each («sol sol sol…»), ending with `end`. */
const words = (count: number, end = '.'): string => `${Array.from({ length: count }, () => 'sol').join(' ')}${end}`;

describe('formulas', () => {
  test('Szigriszt-Pazos: 206.835 − 62.3·syllables/words − words/sentences', () => {
    expect(szigrisztPazos({ words: 100, sentences: 5, syllables: 200 })).toBeCloseTo(62.235, 10);
  });

  test('Fernández-Huerta, corrected: 206.84 − 60·syllables/words − 1.02·words/sentences', () => {
    expect(fernandezHuerta({ words: 100, sentences: 5, syllables: 200 })).toBeCloseTo(66.44, 10);
  });

  test('shorter sentences read easier in both (the mistranscribed Fernández-Huerta had it the other way)', () => {
    const long = { words: 100, sentences: 2, syllables: 200 };
    const short = { ...long, sentences: 10 };
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long));
    expect(szigrisztPazos(short)).toBeGreaterThan(szigrisztPazos(long));
  });

  test.each([
    [-8, 'muy difícil'],
    [39.99, 'muy difícil'],
    [40, 'algo difícil'],
    [54.99, 'algo difícil'],
    [55, 'normal'],
    [64.99, 'normal'],
    [65, 'bastante fácil'],
    [80, 'bastante fácil'],
    [80.01, 'muy fácil'],
    [120, 'muy fácil'],
  ])('INFLESZ reads %d as «%s»', (score, band) => {
    expect(infleszBand(score)).toBe(band);
  });
});

describe('running text of Markdown and MDX', () => {
  test('frontmatter, headings, code, imports, comments, images and addresses are left out', () => {
    const source = [
      '---',
      'titulo: No se cuenta',
      '---',
      "import Aviso from '../../components/Aviso.astro';",
      '',
      '# Título',
      '',
      'Un [enlace](https://ejemplo.mx/ruta "título") y `código` y ![foto](foto.jpg) y https://ejemplo.mx/x fin.',
      '<!-- nota interna -->',
      '',
      '```js',
      "const nada = 'no';",
      '```',
      '',
      'Encabezado setext',
      '---',
      '',
      '***',
      '{/* comentario MDX */}',
      'Texto **fuerte** y _leve_ con {frontmatter.valor} dentro.',
    ].join('\n');
    expect(plainBlocks(source)).toEqual(['Un enlace y y y fin.', 'Texto fuerte y leve con dentro.']);
  });

  test('list items, quotes and table cells are blocks of their own; JSX keeps its text', () => {
    const source = [
      '- Uno',
      '- Dos',
      '  sigue dos',
      '1. Tres',
      '',
      '> Cita',
      '> que sigue',
      '',
      '| Columna | Otra |',
      '| --- | :---: |',
      '| a b | c |',
      '',
      '<Aviso',
      '  tipo="nota"',
      '>',
      '  Dentro del aviso.',
      '</Aviso>',
    ].join('\n');
    expect(plainBlocks(source)).toEqual([
      'Uno',
      'Dos sigue dos',
      'Tres',
      'Cita que sigue',
      'Columna',
      'Otra',
      'a b',
      'c',
      'Dentro del aviso.',
    ]);
  });
});

describe('words and sentences', () => {
  test('figures, acronyms and hyphenated words are one word each', () => {
    expect(wordsOf('En 2025, el INAI publicó 1,500 datos teórico-prácticos (3.5 % y 50%).')).toEqual([
      'En',
      '2025',
      'el',
      'INAI',
      'publicó',
      '1,500',
      'datos',
      'teórico-prácticos',
      '3.5',
      'y',
      '50%',
    ]);
  });

  test('periods, semicolons, question and exclamation marks and ellipses end sentences; colons do not', () => {
    expect(sentencesOf('Uno dos. ¿Tres? ¡Cuatro! Cinco; seis… Siete: ocho y nueve')).toEqual([
      'Uno dos.',
      '¿Tres?',
      '¡Cuatro!',
      'Cinco;',
      'seis…',
      'Siete: ocho y nueve',
    ]);
  });

  test('abbreviations, initials and decimal points do not end a sentence', () => {
    expect(
      sentencesOf('La Lic. Ana y J. Pérez leyeron el art. 6, p. ej. la fracción 3.5 completa. Luego nada.'),
    ).toEqual(['La Lic. Ana y J. Pérez leyeron el art. 6, p. ej. la fracción 3.5 completa.', 'Luego nada.']);
  });
});

describe('report', () => {
  // Hand count. Paragraphs: the SNT paragraph, two list items, the Aviso text (4).
  // Sentences: «El Sistema … planes.», «El INAI los revisa;», «la PNT los guarda.», «Primer punto sin punto
  // final», «Segundo punto con», «El plan fue aprobado en 2025.» (6).
  // Words: 9 + 4 + 4 + 5 + 3 + 6 = 31. Syllables: El 1 Sis-te-ma 3 Na-cio-nal 3 de 1 Trans-pa-ren-cia 4
  // SNT (e-se-e-ne-te) 5 pu-bli-ca 3 sus 1 pla-nes 2 = 23; El 1 INAI (i-nai) 2 los 1 re-vi-sa 3 = 7; la 1 PNT
  // (pe-e-ne-te) 4 los 1 guar-da 2 = 8; Pri-mer 2 pun-to 2 sin 1 pun-to 2 fi-nal 2 = 9; Se-gun-do 3 pun-to 2
  // con 1 = 6; El 1 plan 1 fue 1 a-pro-ba-do 4 en 1 2025 (dos mil vein-ti-cin-co) 6 = 14. Total 67.
  const source = [
    '---',
    'titulo: Prueba',
    '---',
    '',
    '# Un título que no se cuenta',
    '',
    'El Sistema Nacional de Transparencia (SNT) publica sus planes. El INAI los revisa; la PNT los guarda.',
    '',
    '- Primer punto sin punto final',
    '- Segundo [punto](https://ejemplo.mx/largo) con `código`',
    '',
    '<Aviso tipo="nota">El plan fue aprobado en 2025.</Aviso>',
    '',
    '```js',
    "const noCuenta = 'nada de esto';",
    '```',
  ].join('\n');

  test('counts and scores of a small MDX body, counted by hand', () => {
    const report = readability(source);
    expect(report.counts).toEqual({ words: 31, sentences: 6, syllables: 67, paragraphs: 4 });
    // 206.835 − 62.3·67/31 − 31/6 = 67.02; 206.84 − 60·67/31 − 1.02·31/6 = 71.89
    expect(report.szigrisztPazos?.score).toBeCloseTo(67.02, 2);
    expect(report.szigrisztPazos?.band).toBe('bastante fácil');
    expect(report.fernandezHuerta).toBeCloseTo(71.89, 2);
  });

  test('acronyms not expanded at first use are reported with their sentence, and a glossary adds the expansion', () => {
    const report = readability(source, { acronyms: { PNT: 'Plataforma Nacional de Transparencia' } });
    expect(report.unexpandedAcronyms).toEqual([
      { acronym: 'INAI', sentence: 'El INAI los revisa;', definition: undefined },
      { acronym: 'PNT', sentence: 'la PNT los guarda.', definition: 'Plataforma Nacional de Transparencia' },
    ]);
  });

  test.each([
    ['Lo coordina el Sistema Nacional de Transparencia (SNT). El SNT sesiona.', []],
    ['Lo coordina el SNT (Sistema Nacional de Transparencia). El SNT sesiona.', []],
    ['Lo resolvió el Instituto Nacional de Transparencia (INAI).', []],
    ['El SNT sesiona. Lo coordina el Sistema Nacional de Transparencia (SNT).', ['SNT']],
    ['Lo coordina el consejo (SNT).', ['SNT']],
    ['El SNT (ver abajo) sesiona.', ['SNT']],
    ['Capítulo IV y siglo XXI, sin siglas.', []],
    ['El INAI y el SNT, y otra vez el INAI.', ['INAI', 'SNT']],
  ])('in «%s» the acronyms not expanded are %j', (text, acronyms) => {
    expect(readability(text).unexpandedAcronyms.map(({ acronym }) => acronym)).toEqual(acronyms);
  });

  test.each([
    ['El plan fue aprobado por el Consejo.', ['fue aprobado']],
    ['Las actas serán publicadas mañana.', ['serán publicadas']],
    ['La versión ha sido revisada dos veces.', ['ha sido revisada']],
    ['El acuerdo fue finalmente aprobado.', ['fue finalmente aprobado']],
    ['Los recursos fueron resueltos y los folletos han sido impresos.', ['fueron resueltos', 'han sido impresos']],
    [
      'Fue escrito en 1917 y es dicho por todos; la ley fue propuesta luego.',
      ['Fue escrito', 'es dicho', 'fue propuesta'],
    ],
    ['El Consejo aprobó el plan.', []],
    ['El formato es adecuado y no es nada difícil; es un partido.', []],
    ['Se publicaron las actas.', []],
    ['Los datos abiertos son contenido público.', []],
  ])('in «%s» the passives are %j', (text, phrases) => {
    expect(readability(text).passives.map(({ phrase }) => phrase)).toEqual(phrases);
  });

  test('sentences over 30 words are reported with their text, longest first', () => {
    const report = readability(`${words(31)} ${words(30)} ${words(40)}`);
    expect(report.longSentences).toEqual([
      { text: words(40), words: 40 },
      { text: words(31), words: 31 },
    ]);
  });

  test('paragraphs over 100 words are reported, in order', () => {
    const long = `${words(60)} ${words(41)}`;
    const report = readability(`${long}\n\n${words(100)}\n\n${words(20)} ${words(90)}`);
    expect(report.longParagraphs).toEqual([
      { text: long, words: 101 },
      { text: `${words(20)} ${words(90)}`, words: 110 },
    ]);
    expect(report.counts.paragraphs).toBe(3);
  });

  test('a text without words has counts of zero and no scores', () => {
    const report = readability('---\ntitulo: Solo frontmatter\n---\n\n# Título\n\n```\ncódigo\n```\n');
    expect(report.counts).toEqual({ words: 0, sentences: 0, syllables: 0, paragraphs: 0 });
    expect(report.szigrisztPazos).toBeUndefined();
    expect(report.fernandezHuerta).toBeUndefined();
  });
});

// Five reference texts against an independent implementation: legibilidad.py by Alejandro Muñoz
// Fernández (github.com/amunozf/legibilidad, the author of legible.es's analyser; the same code textstat
// ported for Spanish), run as published with the separasilabas syllabifier it imports. Its values:
// syllables/words/sentences, Szigriszt-Pazos, Fernández-Huerta (it rounds P and F to two decimals first).
// The texts hold no digits, parentheses, colons or abbreviations, which it counts otherwise.
// Where it and we differ by a syllable, ours was checked by hand: «complexión» is com-ple-xión (3), it says 2.
const references: [name: string, text: string, szigriszt: number, huerta: number, band: string][] = [
  [
    // Cervantes, Don Quijote (1605), public domain. legibilidad.py: 299/162/6 → 64.85, 68.30 (ours 300 syllables).
    'Don Quijote, I, 1',
    'En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y galgo corredor. Una olla de algo más vaca que carnero, salpicón las más noches, duelos y quebrantos los sábados, lentejas los viernes, algún palomino de añadidura los domingos, consumían las tres partes de su hacienda. El resto della concluían sayo de velarte, calzas de velludo para las fiestas, con sus pantuflos de lo mesmo, y los días de entresemana se honraba con su vellorí de lo más fino. Tenía en su casa una ama que pasaba de los cuarenta, y una sobrina que no llegaba a los veinte, y un mozo de campo y plaza, que así ensillaba el rocín como tomaba la podadera. Frisaba la edad de nuestro hidalgo con los cincuenta años. Era de complexión recia, seco de carnes, enjuto de rostro, gran madrugador y amigo de la caza.',
    64.85,
    68.3,
    'normal',
  ],
  [
    // Constitución Política de los Estados Unidos Mexicanos, artículo 6 (legislation is not protected by
    // copyright, Ley Federal del Derecho de Autor art. 14-VIII). legibilidad.py: 138/61/2 → 35.39, 40.13.
    'Constitución, artículo 6',
    'Toda persona tiene derecho al libre acceso a información plural y oportuna, así como a buscar, recibir y difundir información e ideas de toda índole por cualquier medio de expresión. El Estado garantizará el derecho de acceso a las tecnologías de la información y comunicación, así como a los servicios de radiodifusión y telecomunicaciones, incluido el de banda ancha e internet.',
    35.39,
    40.13,
    'muy difícil',
  ],
  [
    // Our own, in short sentences. legibilidad.py: 112/58/6 → 76.86, 81.18.
    'short sentences',
    'El Sistema Nacional de Transparencia reúne a los órganos que garantizan tu derecho a saber. Puedes pedir información a cualquier oficina pública. No tienes que decir para qué la quieres. La respuesta debe llegar en veinte días hábiles. Si no llega, o si no te convence, puedes presentar una queja. Es gratis y puedes hacerlo desde tu casa.',
    76.86,
    81.18,
    'bastante fácil',
  ],
  [
    // Our own, as an annual report reads. legibilidad.py: 151/70/3 → 49.11, 53.44.
    'a report',
    'Cada año, los organismos garantes de las entidades federativas presentan un informe sobre las solicitudes que recibieron y sobre los recursos de revisión que resolvieron. Con esos informes, el Consejo Nacional revisa qué temas preocupan más a las personas y qué dependencias tardan más en responder. Esta información se publica en el micrositio para que cualquiera pueda consultarla, compararla con la de otros años y usarla en su propio trabajo.',
    49.11,
    53.44,
    'algo difícil',
  ],
  [
    // Our own, as guidelines read. legibilidad.py: 221/78/2 → −8.68, −2.74.
    'guidelines',
    'La implementación de los lineamientos técnicos generales para la publicación, homologación y estandarización de la información de las obligaciones establecidas en la normatividad aplicable requiere que los sujetos obligados determinen, mediante procedimientos documentados y verificables, cuáles unidades administrativas son responsables de generar, actualizar y resguardar la información correspondiente a cada fracción. Asimismo, la verificación diagnóstica realizada por los organismos garantes considerará la congruencia entre la información publicada y los criterios sustantivos y adjetivos previstos en los formatos respectivos.',
    -8.68,
    -2.74,
    'muy difícil',
  ],
];

describe.each(references)('reference text: %s', (_name, text, szigriszt, huerta, band) => {
  test(`scores within one point of legibilidad.py (${szigriszt}, ${huerta}) and reads «${band}»`, () => {
    const report = readability(text);
    expect(Math.abs((report.szigrisztPazos?.score ?? Number.NaN) - szigriszt)).toBeLessThanOrEqual(1);
    expect(Math.abs((report.fernandezHuerta ?? Number.NaN) - huerta)).toBeLessThanOrEqual(1);
    expect(report.szigrisztPazos?.band).toBe(band);
  });
});
