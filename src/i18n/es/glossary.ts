/** Interface text of the glossary (/glosario/), and of how a text reads as the browser editor shows it. */
export const glossary = {
  'glossary.title': 'Glosario',
  'glossary.description':
    'Qué quieren decir las siglas y palabras de la transparencia que usa este sitio, en palabras sencillas y con su fuente.',
  'glossary.intro':
    'Aquí se explican las siglas y las palabras técnicas que aparecen en el sitio. Cada definición dice de dónde viene. En las demás páginas, la primera vez que aparece una de ellas lleva un enlace a su explicación.',
  'glossary.index': 'Índice de la A a la Z',
  'glossary.related': 'Relacionado:',
  'glossary.note': 'Nota:',
  'glossary.bodies.title': 'Siglas de los organismos garantes',
  'glossary.bodies.intro':
    'Cada organismo garante tiene su página, con su nombre completo, su historia y sus fuentes. Estas son sus siglas:',
  'glossary.example': 'Definición de ejemplo: no está verificada en una fuente oficial.',
  'editor.readability.label': 'Cómo se lee el texto',
  'editor.readability.title': 'Lectura del texto (solo en el editor):',
} as const;
