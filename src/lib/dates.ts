const longDate = new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as readers in Mexico write it: «15 de enero de 2022». */
export const formatDate = (date: Date): string => longDate.format(date);

/** The machine-readable form for `<time datetime>`: 2022-01-15. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

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
