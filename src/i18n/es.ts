/** Every piece of interface text, in Spanish (es-MX). Components read it through `t()`. */
const es = {
  'site.name': 'Sistema Nacional de Transparencia',
  'site.tagline': 'Planes de trabajo, Los ABC, México Transparente y cápsulas de video del SNT',
  'site.description':
    'Micrositio del Sistema Nacional de Transparencia: planes de trabajo de sus comisiones y regiones, cuadernillos «Los ABC», la revista México Transparente y cápsulas de video.',
  'nav.skip': 'Saltar al contenido',
  'nav.main': 'Navegación principal',
  'nav.home': 'Inicio',
  'nav.planes': 'Planes de trabajo',
  'example.banner': 'Contenido de ejemplo',
  'example.explain': 'Esta entrada ilustra el formato del sitio; no proviene de una fuente oficial.',
  'plan.presents': 'Presenta',
  'plan.period': 'Periodo',
  'plan.place': 'Lugar',
  'plan.instance': 'Instancia',
  'plan.axes': 'Ejes, estrategias y programas',
  'plan.objectives': 'Objetivos',
  'plan.lines': 'Líneas de acción',
  'plan.activities': 'Actividades',
  'plan.goal': 'Meta',
  'plan.indicator': 'Indicador',
  'plan.formula': 'Fórmula',
  'plan.frequency': 'Temporalidad',
  'plan.verification': 'Medio de verificación',
  'plan.linkTo': 'Enlace a esta sección',
  'home.plans': 'Planes de trabajo',
  'home.intro':
    'Aquí se publican los planes de trabajo de las comisiones, regiones y organismos garantes del Sistema Nacional de Transparencia.',
  'instance.comision': 'Comisión',
  'instance.region': 'Región',
  'instance.organismo': 'Organismo garante',
} as const;

/** A key of the Spanish dictionary. */
export type UiKey = keyof typeof es;

/** The Spanish text for `key`. */
export const t = (key: UiKey): string => es[key];
