/** Interface text of the search page and the header's search box. */
export const search = {
  'search.label': 'Buscar en el sitio',
  'search.submit': 'Buscar',
  'search.title': 'Buscar',
  'search.description':
    'Busca en planes de trabajo, cuadernillos, la revista México Transparente y cápsulas de video del SNT.',
  'search.tools': 'Filtros',
  'search.filter.tipo': 'Tipo',
  'search.filter.estado': 'Estado',
  'search.filter.region': 'Región',
  'search.filter.comision': 'Comisión',
  'search.filter.anio': 'Año',
  'search.order': 'Ordenar por',
  'search.order.relevance': 'Relevancia',
  'search.order.newest': 'Más recientes',
  'search.results': 'Resultados',
  'search.loading': 'Buscando…',
  'search.browse': 'O explora las secciones del sitio',
  'search.count.one': '1 resultado para «{q}»',
  'search.count.other': '{n} resultados para «{q}»',
  'search.count.filtered.one': '1 resultado con los filtros elegidos',
  'search.count.filtered.other': '{n} resultados con los filtros elegidos',
  'search.none': 'No hay resultados para «{q}». Prueba con otras palabras o quita algún filtro.',
  'search.none.filtered': 'No hay resultados con los filtros elegidos. Quita alguno para ver más.',
  'search.more': 'Mostrar más resultados',
  'search.error':
    'No se pudo cargar la búsqueda. Revisa tu conexión y vuelve a intentarlo; mientras tanto puedes navegar por las secciones del sitio.',
  'search.devNote':
    'La búsqueda usa el índice que genera la construcción del sitio. En el servidor de desarrollo no existe todavía: corre «npm run build» y luego «npm run preview» para probarla.',
  'search.noScript':
    'La búsqueda necesita JavaScript, que tu navegador tiene desactivado. Sin él puedes consultar las secciones del sitio:',
} as const;
