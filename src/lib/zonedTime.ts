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

/** The instant that the wall-clock time `AAAA-MM-DD HH:MM` (or with a `T`) names in `zone`. */
export function zonedInstant(local: string, zone: string): Date {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = local.split(/[-T :]/).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is near enough to land within hours; a second pass
  // corrects it when a change of offset lies between the two.
  const first = wall - offsetMinutes(new Date(wall), zone) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first), zone) * 60_000);
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
  const offset = offsetMinutes(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
