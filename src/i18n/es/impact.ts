/** Interface text of /impacto/: what the server's log says of what readers read, and how it is counted. */
export const impact = {
  'nav.impacto': 'Impacto',
  'impact.title': 'Impacto: lo que se lee, se descarga y se escucha',
  'impact.description':
    'Cuántas personas leen, descargan, reproducen y siguen lo que publica el micrositio, contado en el registro del propio servidor, sin cookies y sin seguir a nadie.',
  'impact.intro':
    'Estas cifras salen del registro de accesos del propio servidor. El sitio no usa cookies ni herramientas de analítica, y nadie es seguido de una página a otra.',
  'impact.noData':
    'Aún no hay datos. El servidor todavía no ha contado ningún día de su registro de accesos. Las cifras aparecen aquí después del primer día contado.',
  'impact.period': 'De {from} a {to}, con {days} días contados.',
  'impact.data': 'Las mismas cifras, una por fila, en el conjunto de datos abiertos «{title}».',
  'impact.withheld': 'menos de {n}',
  'impact.noDays': 'sin datos',
  'impact.site': 'Todo el sitio',
  'impact.byMonth': 'Mes por mes',
  'impact.byMonth.caption': 'Personas por día, sumadas en cada mes (las direcciones no encontradas, en peticiones)',
  'impact.month': 'Mes',
  'impact.days': 'Días contados',
  'impact.measure.visitas': 'Visitas',
  'impact.measure.descargas': 'Descargas',
  'impact.measure.reproducciones': 'Reproducciones',
  'impact.measure.lectores': 'Lectores',
  'impact.measure.cargas': 'Cargas en otros sitios',
  'impact.measure.no-encontradas': 'No encontradas',
  'impact.byKind': 'Por tipo de contenido',
  'impact.byKind.caption': 'Personas por día, sumadas en los {months} meses',
  'impact.kind': 'Tipo',
  'impact.kind.paginas': 'Páginas informativas',
  'impact.kind.otras': 'Portada, búsqueda, datos y otras',
  'impact.byHub': 'Por entidad, región, comisión y organismo',
  'impact.byHub.intro': 'Visitas a la página de cada uno, sumadas en los {months} meses.',
  'impact.hub.caption': '{label}: visitas a su página',
  'impact.hidden.one': 'Una fila más, con menos de {n}, no se publica.',
  'impact.hidden.other': '{count} filas más, con menos de {n}, no se publican.',
  'impact.none': '{label}: ninguna cifra llegó a {n} en este periodo.',
  'impact.mostRead': 'Lo más leído: {label}',
  'impact.mostPlayed': 'Lo más reproducido: {label}',
  'impact.entry': 'Título',
  'impact.feeds': 'Canales y calendarios',
  'impact.feeds.intro':
    'Un programa que lee un canal o un calendario lo pide varias veces al día; cuenta una vez por día. El promedio diario se acerca a cuántos lo siguen.',
  'impact.feeds.caption': 'Lectores por día, sumados en los {months} meses',
  'impact.feed': 'Canal o calendario',
  'impact.feed.of': 'De',
  'impact.perDay': 'Promedio al día',
  'impact.method': 'Cómo se cuenta',
  'impact.method.counted':
    'Cada día el servidor cuenta, con el analizador GoAccess, las peticiones del día anterior en su registro de accesos.',
  'impact.method.once':
    'Una persona cuenta una vez por día en cada página o archivo, aunque lo abra varias veces o un video llegue en varias partes. El servidor solo la distingue por su dirección IP sin el último número y por su navegador. Varias personas con la misma red y el mismo navegador cuentan como una.',
  'impact.method.measures': 'Se cuentan:',
  'impact.method.visitas': 'visitas: las páginas que se leen;',
  'impact.method.descargas': 'descargas: los PDF y los archivos de datos abiertos;',
  'impact.method.reproducciones': 'reproducciones: los videos y audios guardados en este servidor;',
  'impact.method.lectores': 'lectores: los canales RSS y los calendarios;',
  'impact.method.cargas': 'cargas: los reproductores de cápsulas que otros sitios muestran;',
  'impact.method.no-encontradas':
    'no encontradas: las veces que se pidió una dirección que no existe en el sitio (aquí cuenta cada petición).',
  'impact.method.notCounted':
    'No se cuentan los robots de los buscadores (según la lista de GoAccess), salvo en canales y calendarios: ahí esa lista incluye los servicios con que la gente los lee. Los videos de YouTube se reproducen en YouTube: aquí solo cuenta la visita a la página de la cápsula. No se sabe cuánto tiempo se queda alguien, de dónde llega ni qué busca: el registro no lo guarda.',
  'impact.method.threshold':
    'Una cifra menor de {n} no se publica: aparece como «menos de {n}», para que nadie pueda ser identificado. Los totales sí la suman.',
  'impact.method.kept':
    'El registro de accesos se borra a los {days} días. Antes, cada día se suma a su mes. Solo se guardan esas sumas: cuántas personas por día pidieron cada dirección del sitio y qué días se contaron. No se guarda ninguna dirección IP, ningún navegador y ninguna hora.',
  'progress.reach': 'Alcance de la evidencia',
  'progress.reach.one':
    'La entrada de este sitio que es evidencia de este plan tuvo {visits} visitas en los últimos {months} meses.',
  'progress.reach.other':
    'Las {entries} entradas de este sitio que son evidencia de este plan tuvieron {visits} visitas en los últimos {months} meses.',
  'progress.reach.link': 'Cómo se cuentan las visitas',
} as const;
