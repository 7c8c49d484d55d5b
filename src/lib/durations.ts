/** Lengths of videos and audios: read as editors write them, shown as readers and machines read them. */

const parts = (seconds: number) => ({
  hours: Math.floor(seconds / 3600),
  minutes: Math.floor((seconds % 3600) / 60),
  seconds: seconds % 60,
});

/** Parses «m:ss» or «h:mm:ss» (or a number of seconds) into seconds. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^(?:(\d+):)?(\d{1,2}):([0-5]\d)$/.exec(value.trim());
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return total > 0 ? total : undefined;
}

/** A length in seconds as readers see it: «2 min 50 s», «9 s», «1 h 5 min». */
export function formatDuration(total: number): string {
  const { hours, minutes, seconds } = parts(total);
  const text = [hours && `${hours} h`, minutes && `${minutes} min`, seconds && `${seconds} s`].filter(Boolean);
  return text.length ? text.join(' ') : '0 s';
}

/** A length in seconds as an ISO 8601 duration for `<time datetime>` and JSON-LD: «PT2M50S». */
export function isoDuration(total: number): string {
  const { hours, minutes, seconds } = parts(total);
  const text = [hours && `${hours}H`, minutes && `${minutes}M`, seconds && `${seconds}S`].filter(Boolean).join('');
  return `PT${text || '0S'}`;
}
