const longDate = new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as readers in Mexico write it: «15 de enero de 2022». */
export const formatDate = (date: Date): string => longDate.format(date);

/** The machine-readable form for `<time datetime>`: 2022-01-15. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

const longMonth = new Intl.DateTimeFormat('es-MX', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date as far as it is known, as ISO 8601 cuts it: «2019» (the year), «2022-01» (the month) or «2024-05-10».
 * Pages, feeds, JSON-LD and datasets show and emit this much and no more.
 */
export type KnownDate = string;

/** The first day a known date may be, for sorting and scheduling. */
export const startOf = (known: KnownDate): Date => {
  const [year = 0, month = 1, day = 1] = known.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

/** Whether the day of a known date is known. */
export const isDayKnown = (known: KnownDate): boolean => known.length === 10;

/** A known date in words: «10 de mayo de 2024», «enero de 2022» or «2019». */
export function formatKnownDate(known: KnownDate): string {
  if (isDayKnown(known)) return formatDate(startOf(known));
  return known.length === 7 ? longMonth.format(startOf(known)) : known;
}

/** A period of years: «2022» or «2023–2024». */
export const formatPeriod = ({ inicio, fin }: { inicio: number; fin: number }): string =>
  inicio === fin ? String(inicio) : `${inicio}–${fin}`;

const zoneFormats = new Map<
  string,
  { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat; name: Intl.DateTimeFormat }
>();

/** The formats of one time zone, made once. */
function formatsOf(zone: string) {
  let formats = zoneFormats.get(zone);
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
      time: new Intl.DateTimeFormat('es-MX', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
      name: new Intl.DateTimeFormat('es-MX', { timeZone: zone, timeZoneName: 'long' }),
    };
    zoneFormats.set(zone, formats);
  }
  return formats;
}

/** The day of `instant` on the clocks of `zone`: «15 de marzo de 2026». */
export const formatDayIn = (instant: Date, zone: string): string => formatsOf(zone).date.format(instant);

/** The time of `instant` on the clocks of `zone`: «10:00». */
export const formatTimeIn = (instant: Date, zone: string): string => formatsOf(zone).time.format(instant);

/** What the clocks of `zone` are called at `instant`: «hora estándar central», «hora de verano del Pacífico». */
export const zoneName = (instant: Date, zone: string): string =>
  formatsOf(zone)
    .name.formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value ?? zone;

/** The year of a known date, for the «año» search filter. */
export const yearOf = (known: KnownDate): number => Number(known.slice(0, 4));
