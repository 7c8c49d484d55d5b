import { describe, expect, test } from 'vitest';
import { findUnsafeContent, unsafeContentProblems } from '#/src/lib/contentSafety.ts';
import { formatProblem } from '#/src/lib/problems.ts';

const frontmatter = '---\ntitulo: Prueba\n---\n\n';

/** The problems of a body placed after a three-line frontmatter (so the body starts on line 5). */
const problems = (body: string, file: string) =>
  findUnsafeContent(frontmatter + body, file).map(({ line, found }) => `${line}: ${found}`);

// Each body, in .md and .mdx where the syntax exists in both, and words its message must show.
describe.each([
  ['an HTML <script>', 'md', 'Texto.\n\n<script>alert(1)</script>\n', '7: un elemento <script>'],
  ['a JSX <script>', 'mdx', 'Texto.\n\n<script>{`alert(1)`}</script>\n', '7: un elemento <script>'],
  ['an upper-case <SCRIPT> tag', 'md', '<SCRIPT src="https://x.example/a.js"></SCRIPT>\n', 'un elemento <script>'],
  ['a <script> inside an SVG', 'md', '<svg><script>alert(1)</script></svg>\n', 'un elemento <script>'],
  ['a JSX <script> inside an expression', 'mdx', '{<script>alert(1)</script>}\n', 'código entre llaves'],
  ['an HTML onclick', 'md', 'Un <a href="/x/" onclick="alert(1)">enlace</a>.\n', 'un atributo de evento «onclick»'],
  ['a JSX onClick', 'mdx', '<button onClick={() => alert(1)}>Botón</button>\n', 'un atributo de evento «onClick»'],
  ['an onerror on an image', 'md', '<img src="x.png" alt="" onerror="alert(1)">\n', 'un atributo de evento «onerror»'],
  [
    'a Markdown link to javascript:',
    'md',
    '[Pulsa](javascript:alert(1))\n',
    'un enlace con una dirección «javascript:»',
  ],
  [
    'a Markdown link to javascript: in MDX',
    'mdx',
    '[Pulsa](javascript:alert(1))\n',
    'un enlace con una dirección «javascript:»',
  ],
  ['a mixed-case scheme', 'md', '[Pulsa](JaVaScRiPt:alert(1))\n', '«javascript:»'],
  ['a tab hidden as an entity', 'md', '[Pulsa](java&#x09;script:alert(1))\n', '«javascript:»'],
  [
    'an entity-encoded colon',
    'md',
    '<a href="javascript&colon;alert(1)">x</a>\n',
    '«javascript:» en el atributo «href»',
  ],
  [
    'a line break inside the scheme',
    'md',
    '<a href="java\nscript:alert(1)">x</a>\n',
    '«javascript:» en el atributo «href»',
  ],
  ['an autolink', 'md', '<javascript:alert(1)>\n', 'un enlace con una dirección «javascript:»'],
  [
    'a reference definition',
    'md',
    '[Pulsa][malo]\n\n[malo]: vbscript:msgbox(1)\n',
    '7: un enlace con una dirección «vbscript:»',
  ],
  ['a Markdown image', 'md', '![Foto](javascript:alert(1))\n', 'una imagen con una dirección «javascript:»'],
  ['a data:text/html link', 'md', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', '«data:text/html»'],
  ['a JSX href', 'mdx', '<a href="javascript:alert(1)">x</a>\n', '«javascript:» en el atributo «href»'],
  [
    'a JSX href as a string expression',
    'mdx',
    '<a href={"javascript:alert(1)"}>x</a>\n',
    '«javascript:» en el atributo «href»',
  ],
  [
    'a computed JSX href',
    'mdx',
    "<a href={'java' + 'script:alert(1)'}>x</a>\n",
    'un atributo «href» con un valor calculado',
  ],
  ['a spread of attributes', 'mdx', '<a {...{ onclick: "alert(1)" }}>x</a>\n', 'atributos calculados'],
  ['a form action', 'md', '<form action="javascript:alert(1)"><button>Enviar</button></form>\n', '«action»'],
  ['a formaction', 'mdx', '<button formaction="javascript:alert(1)">x</button>\n', '«formaction»'],
  [
    'a srcset entry',
    'md',
    '<img alt="" srcset="a.png 1x, javascript:alert(1) 2x">\n',
    '«javascript:» en el atributo «srcset»',
  ],
  ['a video poster', 'md', '<video poster="javascript:alert(1)"></video>\n', '«poster»'],
  ['an SVG xlink:href', 'md', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>\n', '«xlink:href»'],
  [
    'an SVG animation setting href',
    'md',
    '<svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>\n',
    '«to»',
  ],
  ['a component prop', 'mdx', '<Ejes enlace="javascript:alert(1)" />\n', '«javascript:» en el atributo «enlace»'],
  [
    'an iframe on another host',
    'md',
    '<iframe src="https://www.youtube.com/embed/abc"></iframe>\n',
    '«https://www.youtube.com/embed/abc»',
  ],
  [
    'even YouTube’s no-cookie player, which would load as the page opens',
    'md',
    '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>\n',
    'un <iframe>',
  ],
  [
    'a data: image, which the CSP would hide',
    'md',
    '![Punto](data:image/png;base64,iVBORw0KGgo=)\n',
    '«data:image/png»',
  ],
  [
    'an http: iframe on the allowed host',
    'mdx',
    '<iframe src="http://www.youtube-nocookie.com/embed/abc" />\n',
    'un <iframe>',
  ],
  [
    'an iframe on a look-alike host',
    'md',
    '<iframe src="https://www.youtube-nocookie.com.example.org/"></iframe>\n',
    'un <iframe>',
  ],
  ['an iframe with no address', 'mdx', '<iframe title="x" />\n', 'un <iframe> sin dirección escrita'],
  ['an <object>', 'md', '<object data="/pdf/a.pdf"></object>\n', 'un elemento <object>'],
  ['an <embed>', 'mdx', '<embed src="/pdf/a.pdf" />\n', 'un elemento <embed>'],
  ['a <base>', 'md', '<base href="https://otro.example/">\n', 'un elemento <base>'],
  [
    'a <meta http-equiv>',
    'md',
    '<meta http-equiv="refresh" content="0;url=https://otro.example/">\n',
    'un <meta http-equiv>',
  ],
  ['a JSX <meta httpEquiv>', 'mdx', '<meta httpEquiv="refresh" content="0" />\n', 'un <meta http-equiv>'],
  ['a srcdoc', 'md', '<iframe srcdoc="<p>hola</p>"></iframe>\n', 'un atributo «srcdoc»'],
  ['an inline style', 'md', '<p style="color: red">Rojo</p>\n', 'un estilo en línea (atributo «style»)'],
  ['a JSX style object', 'mdx', "<p style={{ color: 'red' }}>Rojo</p>\n", 'un estilo en línea (atributo «style»)'],
  ['a <style> element', 'md', '<style>p { color: red }</style>\n', 'un elemento <style>'],
  ['set:html', 'mdx', '<Fragment set:html="<b>hola</b>" />\n', '«set:html»'],
  [
    'an import of code',
    'mdx',
    "import Boton from '../../src/components/Boton.astro';\n\nTexto.\n",
    'código «import Boton',
  ],
  ['an import of an SVG, which renders inline', 'mdx', "import logo from './logo.svg';\n", 'código «import logo'],
  ['an export', 'mdx', "export const enlace = 'javascript:alert(1)';\n", 'código «export const'],
  [
    'an attribute leaking from one HTML block into another',
    'md',
    '<div>\n<a title="\n\nTexto <span x=" onmouseover=alert(1) y=">s</span>\n',
    'HTML repartido en varios bloques que, leído entero, contiene un atributo de evento «onmouseover»',
  ],
  [
    'an SVG hiding markup inside an iframe',
    'md',
    '<svg>\n\n<iframe src="https://www.youtube-nocookie.com/embed/abc"><img src=x onerror=alert(1)></iframe>\n',
    'un <iframe>',
  ],
])('%s', (_name, extension, body, expected) => {
  test(`is refused in .${extension}`, () => {
    expect(problems(body, `content/abc/prueba.${extension}`).join('\n')).toContain(expected);
  });
});

// Each body and the file kinds that must accept it.
describe.each([
  ['a fenced code block', '```html\n<script>alert(1)</script>\n<p onclick="x" style="y">\n```\n', ['md', 'mdx']],
  // MDX has no indented code: there the same lines are JSX, and refused.
  ['an indented code block', '    <script>alert(1)</script>\n', ['md']],
  ['inline code', 'Nunca escribas `<script>` ni `onclick=""` ni `[x](javascript:alert(1))`.\n', ['md', 'mdx']],
  ['the word javascript in text', 'JavaScript: un lenguaje. javascript:alert(1) escrito como texto.\n', ['md', 'mdx']],
  ['an https link', '[SNT](https://www.snt.org.mx/) y <https://www.snt.org.mx/>\n', ['md']],
  ['an https link in MDX', '[SNT](https://www.snt.org.mx/) y https://www.snt.org.mx/\n', ['mdx']],
  ['mailto: and tel: links', '[Correo](mailto:contacto@snt.org.mx) y [Teléfono](tel:+525550000000)\n', ['md', 'mdx']],
  [
    'relative links and anchors',
    '[Plan](/planes/region-norte-2019-2020/#eje-1), [Arriba](#inicio), [Otro](../otro/)\n',
    ['md', 'mdx'],
  ],
  ['an HTML comment', '<!-- nota para quien edita: <script> -->\n', ['md']],
  ['an MDX comment', '{/* nota para quien edita: <script> */}\n', ['mdx']],
])('%s', (_name, body, extensions) => {
  test.each(extensions)('is accepted in .%s', (extension) => {
    expect(problems(body, `content/abc/prueba.${extension}`)).toEqual([]);
  });
});

test('MDX may import images and astro:assets, show them, and use plain attribute values', () => {
  const body = [
    "import { Image } from 'astro:assets';",
    "import grafica from './grafica.png';",
    '',
    '<Image src={grafica} alt={"Gráfica de barras"} width={600} />',
    '',
    '<Ejes />',
    '',
    '<details open><summary>Más</summary>Texto con **negritas**.</details>',
  ].join('\n');
  expect(problems(body, 'content/planes/prueba.mdx')).toEqual([]);
});

test('every problem of a file is reported, each on its own line', () => {
  const body = '<script>a()</script>\n\n[x](javascript:b())\n\n<p style="c">d</p>\n';
  expect(problems(body, 'content/abc/prueba.md')).toEqual([
    '5: un elemento <script>',
    '7: un enlace con una dirección «javascript:»',
    '9: un estilo en línea (atributo «style»)',
  ]);
});

// The loader names the file from the project's folder (tests/copies/invalid-content.test.ts).
test('each problem names the file, the line, what was found and what to do', () => {
  const file = 'content/capsulas/prueba.mdx';
  const lines = (body: string) => unsafeContentProblems(file, `${frontmatter}${body}`).map(formatProblem);
  expect(lines('<iframe src="https://www.youtube.com/embed/x" />\n')).toEqual([
    expect.stringMatching(
      /^content\/capsulas\/prueba\.mdx, línea 5: hay un <iframe> .*Para un video usa el campo «video: \{ youtube: "…" \}» de una cápsula/,
    ),
  ]);
  expect(lines('[x](JAVASCRIPT:alert(1))\n')).toEqual([
    expect.stringContaining(
      'línea 5: hay un enlace con una dirección «javascript:». Usa una dirección que empiece con https://',
    ),
  ]);
  expect(lines('Texto seguro.\n')).toEqual([]);
});
