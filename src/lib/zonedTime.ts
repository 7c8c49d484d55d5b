/**
 * Wall-clock times in a time zone, from the platform's own IANA data (Intl): an event written
 * «2026-03-15 10:00» in Tijuana is a precise instant, and shown back in Tijuana's time.
 */

const partsFormat = new Map<string, Intl.DateTimeFormat>();

/** Year, month, day, hour, minute and second of `instant` on the clocks of `zone`. */
function clockOf(instant: Date, zone: string): number[] {
  let format = partsFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormat.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) => parts[type] ?? 0);
}

/** Minutes `zone` is ahead of UTC at `instant` (−360 in Mexico City, −420 in Tijuana in summer). */
export function offsetMinutes(instant: Date, zone: string): number {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = clockOf(instant, zone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * A wall-clock time as editors write it: `AAAA-MM-DD HH:MM` (or with a `T`), and, only where the clocks
 * show that time twice (the hour repeated when they go back), its UTC offset: `2026-11-01 01:30-06:00`.
 */
const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?:([+-])(\d{2}):(\d{2}))?$/;

/** The wall time of `local` as if it were UTC (ms), and the offset it was written with, in minutes. */
function readWritten(local: string): { wall: number; offset: number | undefined } {
  const [, year = 0, month = 1, day = 1, hour = 0, minute = 0, sign, offsetHours = 0, offsetMinutes = 0] =
    WRITTEN.exec(local.trim())?.map((part, index) => (index === 6 ? part : Number(part))) ?? [];
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  const size = Number(offsetHours) * 60 + Number(offsetMinutes);
  return { wall, offset: sign === undefined ? undefined : sign === '-' ? -size : size };
}

/** The UTC offset a wall time was written with, in minutes, if it carries one. */
export const writtenOffset = (local: string): number | undefined => readWritten(local).offset;

/** «-06:00»: an offset in minutes as ISO 8601 writes it. */
export function offsetText(minutes: number): string {
  const size = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(size / 60))}:${two(size % 60)}`;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Every instant at which the clocks of `zone` read the wall time of `local` (any written offset aside),
 * earliest first: none in the gap when they go forward, two in the hour repeated when they go back.
 */
export function wallReadings(local: string, zone: string): Date[] {
  const { wall } = readWritten(local);
  // The zone's offsets a day either side cover every change near that wall time.
  const offsets = new Set([-DAY, 0, DAY].map((shift) => offsetMinutes(new Date(wall + shift), zone)));
  const { date, time } = localParts(new Date(wall), 'UTC');
  return [...offsets]
    .map((offset) => new Date(wall - offset * MINUTE))
    .filter((instant) => {
      const read = localParts(instant, zone);
      return read.date === date && read.time === time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
}

/** Instants already found, by zone and wall time: every list, hub and calendar that shows an event asks again. */
const instants = new Map<string, number>();

/** The instant that the wall-clock time `AAAA-MM-DD HH:MM` (or with a `T`) names in `zone`, its offset first. */
export function zonedInstant(local: string, zone: string): Date {
  const key = `${zone} ${local}`;
  const known = instants.get(key) ?? findInstant(local, zone).getTime();
  instants.set(key, known);
  return new Date(known);
}

function findInstant(local: string, zone: string): Date {
  const { wall, offset } = readWritten(local);
  if (offset !== undefined) return new Date(wall - offset * MINUTE);
  // In the repeated hour, the first time the clocks show it (as RFC 5545 reads it); in a gap, the
  // offset before the change, which lands after it (never published: the build refuses such a time).
  const [first] = wallReadings(local, zone);
  return first ?? new Date(wall - offsetMinutes(new Date(wall - DAY), zone) * MINUTE);
}

/** `AAAA-MM-DD HH:MM` of `instant` on the clocks of `zone`. */
const wallText = (instant: Date, zone: string): string => {
  const { date, time } = localParts(instant, zone);
  return `${date} ${time}`;
};

/** What is wrong with a wall time in `zone`, for an editor: the time, what the clocks do and what to write. */
export interface WallTimeProblem {
  found: string;
  fix: string;
}

/**
 * Why `local` names no single instant in `zone`, if it does not: a time in the gap when the clocks go
 * forward (with the last valid minute before and the first after), a time in the repeated hour written
 * without its offset, or an offset the zone does not have at that time.
 */
export function wallTimeProblem(local: string, zone: string): WallTimeProblem | undefined {
  const { wall, offset } = readWritten(local);
  const written = localParts(new Date(wall), 'UTC');
  const shown = `${written.date} ${written.time}`;
  const readings = wallReadings(local, zone);
  if (readings.length === 0) {
    // The change lies between the wall time read with the offsets before and after it: find its minute.
    const before = offsetMinutes(new Date(wall - DAY), zone);
    let [low, high] = [wall - offsetMinutes(new Date(wall + DAY), zone) * MINUTE, wall - before * MINUTE];
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(new Date(middle), zone) === before) low = middle;
      else high = middle;
    }
    const lastBefore = wallText(new Date(high - MINUTE), zone);
    const firstAfter = wallText(new Date(high), zone);
    const jumpsFrom = localParts(new Date(high + before * MINUTE), 'UTC').time;
    return {
      found: `la hora «${shown}» no existe en ${zone}: ese día los relojes se adelantan de ${jumpsFrom} a ${firstAfter.slice(11)}`,
      fix: `escribe una hora que exista: la última antes del cambio es «${lastBefore}» y la primera después, «${firstAfter}»`,
    };
  }
  const offsets = readings.map((instant) => offsetMinutes(instant, zone));
  if (offset === undefined && readings.length > 1) {
    const [first = 0, second = 0] = offsets;
    return {
      found: `la hora «${shown}» ocurre dos veces en ${zone}: ese día los relojes se atrasan y repiten esa hora`,
      fix: `escribe su desfase UTC: «${shown}${offsetText(first)}» la primera vez (antes del cambio) o «${shown}${offsetText(second)}» la segunda`,
    };
  }
  if (offset !== undefined && !offsets.includes(offset)) {
    const valid = offsets.map(offsetText).join(' o ');
    return {
      found: `el desfase ${offsetText(offset)} no es el de ${zone} a las ${written.time} del ${written.date}, que es ${valid}`,
      fix:
        readings.length > 1
          ? `escribe «${shown}${offsetText(offsets[0] ?? 0)}» o «${shown}${offsetText(offsets[1] ?? 0)}»`
          : `escribe «${shown}» sin desfase: solo la hora que se repite lo necesita`,
    };
  }
  return undefined;
}

/** Instants already known to fall in a repeated hour or not, by zone and time. */
const repeated = new Map<string, boolean>();

/** Whether the clocks of `zone` show the wall time of `instant` twice that day (the hour repeated when they go back). */
export function inRepeatedHour(instant: Date, zone: string): boolean {
  const key = `${zone} ${instant.getTime()}`;
  const known = repeated.get(key) ?? wallReadings(wallText(instant, zone), zone).length > 1;
  repeated.set(key, known);
  return known;
}

/** `AAAA-MM-DD` and `HH:MM` of `instant` on the clocks of `zone`. */
export function localParts(instant: Date, zone: string): { date: string; time: string } {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = clockOf(instant, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${year}-${two(month)}-${two(day)}`, time: `${two(hour)}:${two(minute)}` };
}

/** ISO 8601 with the zone's offset at that instant, as schema.org and `<time datetime>` want it. */
export function isoInZone(instant: Date, zone: string): string {
  const { date, time } = localParts(instant, zone);
  return `${date}T${time}:00${offsetText(offsetMinutes(instant, zone))}`;
}
