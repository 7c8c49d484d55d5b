/** Interface text of the home page, the hubs and the 404 page. */
export const hubs = {
  'home.intro':
    'Este micrositio conserva el trabajo que hizo el Sistema Nacional de Transparencia hasta que la ley de 2025 lo sustituyó: los planes de trabajo de sus comisiones, regiones y organismos garantes, los cuadernillos «Los ABC», la revista México Transparente y cápsulas de video para conocer y ejercer tus derechos de acceso a la información y de protección de datos personales.',
  'home.capsules': 'Cápsulas recientes',
  'home.capsules.all': 'Ver todas las cápsulas',
  'home.issue': 'Revista México Transparente',
  'home.issue.number': 'Número {n}',
  'home.issue.read': 'Leer el número {n}',
  'home.issue.all': 'Ver todos los números de la revista',
  'home.abc': 'Serie «Los ABC»',
  'home.abc.all': 'Ver toda la serie «Los ABC»',
  'home.plans': 'Planes de trabajo',
  'home.plans.all': 'Ver todos los planes de trabajo',
  'home.explore': 'Explora por región y entidad',
  'home.explore.intro':
    'Consulta lo publicado por cada una de las cuatro regiones del SNT y sus entidades federativas.',
  'home.explore.states': 'Todas las entidades federativas',
  'home.explore.bodies': 'Directorio de organismos garantes',
  'home.empty': 'Todavía no hay publicaciones en esta sección.',

  'hub.search': 'Buscar en {name}',

  'hub.planes': 'Planes de trabajo',
  'hub.capsulas': 'Cápsulas',
  'hub.audios': 'Audios',
  'hub.abc': 'Cuadernillos «Los ABC»',
  'hub.articulos': 'Artículos de México Transparente',
  'hub.eventos': 'Eventos',
  'hub.convocatorias': 'Convocatorias',
  'hub.heading': '{label} ({n})',
  'hub.none.planes': 'Todavía no hay planes de trabajo relacionados.',
  'hub.none.capsulas': 'Todavía no hay cápsulas relacionadas.',
  'hub.none.audios': 'Todavía no hay audios relacionados.',
  'hub.none.abc': 'Todavía no hay cuadernillos relacionados.',
  'hub.none.articulos': 'Todavía no hay artículos relacionados.',
  'hub.none.eventos': 'Todavía no hay eventos relacionados.',
  'hub.none.convocatorias': 'Todavía no hay convocatorias relacionadas.',
  'hub.more': 'Se muestran los {shown} más recientes.',
  'hub.more.link': 'Ver los {n} resultados en el buscador',
  'hub.empty.title': 'Aún no hay publicaciones',
  'hub.empty.text':
    'Todavía no hay planes de trabajo, cápsulas, cuadernillos, artículos, eventos ni convocatorias relacionados con {name}. Cuando se publiquen, aparecerán en esta página.',
  'hub.empty.explore': 'Mientras tanto, puedes consultar:',
  'hub.description':
    'Planes de trabajo, cápsulas, cuadernillos, artículos, eventos y convocatorias del Sistema Nacional de Transparencia relacionados con {name}.',

  'count.states.one': '{n} entidad',
  'count.states.other': '{n} entidades',
  'count.bodies.one': '{n} organismo garante',
  'count.bodies.other': '{n} organismos garantes',
  'count.entries.one': '{n} publicación',
  'count.entries.other': '{n} publicaciones',

  'state.region': 'Región',
  'state.inegi': 'Clave INEGI',
  'state.bodies': 'Organismos garantes',
  'state.noBodies': 'Aún no hay un organismo garante registrado para esta entidad.',
  'states.title': 'Entidades federativas',
  'states.intro':
    'Las 32 entidades federativas, agrupadas en las cuatro regiones del Sistema Nacional de Transparencia.',
  'states.description':
    'Las 32 entidades federativas de México, agrupadas por región del Sistema Nacional de Transparencia.',

  'region.title': 'Región {name}',
  'region.states': 'Entidades de la región',
  'region.bodies': 'Organismos garantes de la región',
  'region.noBodies': 'Aún no hay organismos garantes registrados en esta región.',
  'regions.title': 'Regiones del SNT',
  'regions.intro':
    'El Sistema Nacional de Transparencia agrupó a las 32 entidades federativas en cuatro regiones, cada una con su coordinación y sus planes de trabajo.',

  'commission.short': 'Nombre corto',
  'commissions.title': 'Comisiones del SNT',
  'commissions.intro':
    'Las comisiones temáticas del Sistema Nacional de Transparencia y lo que se ha publicado sobre el trabajo de cada una.',

  'guarantor.acronym': 'Siglas',
  'guarantor.state': 'Entidad',
  'guarantor.national': 'Organismo garante nacional',
  'guarantor.directory': 'Directorio',
  'guarantor.website': 'Sitio oficial',
  'guarantor.social': 'Redes sociales',
  'guarantor.noSocial': 'No hay redes sociales registradas para este organismo.',
  'guarantor.situation': 'Su situación después de la reforma de 2025',
  'bodies.title': 'Organismos garantes',
  'bodies.intro':
    'Directorio de los organismos garantes del derecho de acceso a la información y de la protección de datos personales, con su sitio oficial.',

  '404.title': 'Página no encontrada',
  '404.text':
    'No encontramos la página que buscas. Es posible que la dirección haya cambiado o que tenga un error de escritura.',
  '404.search': 'Puedes buscar lo que necesitas o visitar una de las secciones del sitio.',
  '404.sections': 'Secciones del sitio',
} as const;
