const longDate = new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as readers in Mexico write it: «15 de enero de 2022». */
export const formatDate = (date: Date): string => longDate.format(date);

/** The machine-readable form for `<time datetime>`: 2022-01-15. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A period of years: «2022» or «2023–2024». */
export const formatPeriod = ({ inicio, fin }: { inicio: number; fin: number }): string =>
  inicio === fin ? String(inicio) : `${inicio}–${fin}`;
