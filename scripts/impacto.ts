/**
 * `npm run impacto`: adds each finished day of the server's access log to the counts /impacto/ publishes.
 * GoAccess (Debian's `goaccess`) reads the log, one day at a time, and answers in JSON; of its answer only
 * counts per address of the site are kept (src/lib/impactData.ts), never a visitor's address, browser or time.
 * It runs every day before publicar (scripts/systemd/micrositio-impacto.service); a day already counted is
 * never counted again, so running it twice changes nothing.
 *
 *   npm run impacto [-- --registro /var/log/nginx/micrositio/accesos.log] [--datos archivo.json] [--hoy AAAA-MM-DD]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ACCESS_LOG_DAYS, SITE_URL } from '#/src/config.ts';
import { GOACCESS_FORMAT, productionNginx } from '#/src/build/serving.ts';
import {
  addDay,
  counted,
  impactFile,
  measureOf,
  noCounts,
  readImpact,
  emptyImpact,
  writeImpact,
  type Counts,
  type ImpactData,
  type Measure,
} from '#/src/lib/impactData.ts';

const GOACCESS = '/usr/bin/goaccess';

/**
 * Every line of the log and of its rotated copies (`accesos.log.1`, `accesos.log.2.gz`…, as logrotate leaves
 * them), in no particular order: each day is counted from its own lines.
 */
export function logLines(log: string): string[] {
  const folder = dirname(log);
  if (!existsSync(folder)) throw new Error(`No existe la carpeta del registro de accesos: ${folder}`);
  const name = basename(log);
  const rotated = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.\\d+)?(?:\\.gz)?$`);
  return readdirSync(folder)
    .filter((file) => rotated.test(file))
    .flatMap((file) => {
      const bytes = readFileSync(join(folder, file));
      return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').split('\n');
    })
    .filter(Boolean);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The lines of each day, by date (AAAA-MM-DD). Only the day is read, from nginx's `[$time_local]` (always
 * «06/Dec/2026:…»), to hand GoAccess one day at a time: GoAccess reads the rest.
 */
export function linesByDay(lines: readonly string[]): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const line of lines) {
    const [, day = '', month = '', year = ''] = /^\S+ \[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):/.exec(line) ?? [];
    const number = MONTHS.indexOf(month) + 1;
    if (number === 0) continue;
    const date = `${year}-${String(number).padStart(2, '0')}-${day}`;
    const found = days.get(date);
    if (found) found.push(line);
    else days.set(date, [line]);
  }
  return days;
}

/** One item of a GoAccess panel in its JSON output. */
interface GoAccessItem {
  data: string;
  method?: string;
  hits: { count: number };
  visitors: { count: number };
}

type GoAccessReport = Record<'requests' | 'static_requests' | 'not_found', { data: GoAccessItem[] }>;

/** GoAccess's report of `lines`, as JSON: the panels of addresses only, each visitor counted once a day. */
function goaccess(lines: readonly string[], options: string[]): GoAccessReport {
  const folder = mkdtempSync(join(tmpdir(), 'snt-impacto-'));
  const input = join(folder, 'accesos.log');
  writeFileSync(input, `${lines.join('\n')}\n`);
  try {
    const run = spawnSync(
      GOACCESS,
      [
        input,
        '--no-global-config',
        `--log-format=${GOACCESS_FORMAT.log}`,
        `--date-format=${GOACCESS_FORMAT.date}`,
        `--time-format=${GOACCESS_FORMAT.time}`,
        // nginx already cut the addresses' last part (the privacy page's promise), which GoAccess would not take for an IP.
        '--no-ip-validation',
        '--no-progress',
        '--no-parsing-spinner',
        '--max-items=1000000',
        // Only the panels of addresses: GoAccess's other panels (hosts, browsers, hours) never leave it.
        ...['VISITORS', 'HOSTS', 'OS', 'BROWSERS', 'VISIT_TIMES', 'REFERRERS', 'REFERRING_SITES', 'KEYPHRASES']
          .concat(['STATUS_CODES', 'REMOTE_USER', 'CACHE_STATUS', 'GEO_LOCATION', 'ASN', 'MIME_TYPE', 'TLS_TYPE'])
          .map((panel) => `--ignore-panel=${panel}`),
        '-o',
        'json',
        ...options,
      ],
      { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
    );
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`goaccess terminó con código ${String(run.status)}: ${run.stderr.trim()}`);
    const report = JSON.parse(run.stdout) as GoAccessReport & {
      general: { total_requests: number; failed_requests: number };
    };
    // A line GoAccess cannot read means the log's format and GOACCESS_FORMAT have parted: counts would be short.
    if (report.general.failed_requests > 0) {
      throw new Error(
        `goaccess no entendió ${report.general.failed_requests} de ${report.general.total_requests} líneas: ¿cambió log_format en src/build/serving.ts sin GOACCESS_FORMAT?`,
      );
    }
    return report;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The lines that GET each address, by address: only to hand GoAccess one address at a time (below). */
function linesByAddress(lines: readonly string[]): Map<string, string[]> {
  const addresses = new Map<string, string[]>();
  for (const line of lines) {
    const [, path = ''] = /^\S+ \[[^\]]*\] "GET (\S+) /.exec(line) ?? [];
    const found = addresses.get(path);
    if (!path) continue;
    if (found) found.push(line);
    else addresses.set(path, [line]);
  }
  return addresses;
}

/**
 * One day's counts from its lines, each address on its own: GoAccess 1.7 keys «this visitor saw this address»
 * by the two numbers in either order (`u64encode` in gkhash.c), so with many addresses in one report visitor 2
 * on address 3 hides visitor 3 on address 2. With one address a report, its visitors are exact. Crawlers
 * (GoAccess's list) do not count, except on feeds and calendars: that list names the services people read
 * them with (Feedly, a calendar that subscribes). Addresses not found are counted as requests, in one report
 * of the whole day: anyone can ask for any number of them.
 */
export function countDay(lines: readonly string[]): Record<Measure, Counts> {
  const counts = noCounts();
  for (const [path, pathLines] of linesByAddress(lines)) {
    const measure = measureOf(path);
    if (!measure) continue;
    const report = goaccess(pathLines, measure === 'lectores' ? [] : ['--ignore-crawlers']);
    const visitors = [...report.requests.data, ...report.static_requests.data].reduce(
      (sum, item) => sum + item.visitors.count,
      0,
    );
    if (visitors > 0) counts[measure][path] = visitors;
  }
  for (const item of goaccess(lines, ['--ignore-crawlers']).not_found.data) {
    if (item.method && item.method !== 'GET') continue;
    counts['no-encontradas'][item.data] = (counts['no-encontradas'][item.data] ?? 0) + item.hits.count;
  }
  return counts;
}

/** What one run did. */
export interface Aggregation {
  data: ImpactData;
  /** Days added now. */
  added: string[];
  /** Days of the log left for later (not over yet) or out (it may have lost its first hours). */
  skipped: string[];
}

/**
 * Adds to `data` each day of `lines` that is over (before `today`), not counted yet, and whole in the log: the
 * oldest day the log can hold may already have lost its first hours to logrotate, so it is left out.
 */
export function aggregate(lines: readonly string[], data: ImpactData, today: string): Aggregation {
  const oldestWhole = new Date(`${today}T00:00:00Z`);
  oldestWhole.setUTCDate(oldestWhole.getUTCDate() - (ACCESS_LOG_DAYS - 1));
  const from = oldestWhole.toISOString().slice(0, 10);
  let result = data;
  const added: string[] = [];
  const skipped: string[] = [];
  for (const [day, dayLines] of [...linesByDay(lines)].sort(([a], [b]) => a.localeCompare(b))) {
    if (counted(result, day)) continue;
    if (day >= today || day < from) {
      skipped.push(day);
      continue;
    }
    result = addDay(result, day, countDay(dayLines));
    added.push(day);
  }
  return { data: result, added, skipped };
}

/** Today on the server's clock, as nginx writes its log: AAAA-MM-DD. */
const localToday = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      registro: { type: 'string', default: String(productionNginx(new URL(SITE_URL).host).accessLog) },
      datos: { type: 'string', default: impactFile() },
      hoy: { type: 'string', default: localToday() },
    },
  });
  if (!existsSync(GOACCESS)) {
    console.error('Falta GoAccess. Instálalo con: apt-get install goaccess');
    process.exit(1);
  }
  const { registro, datos, hoy } = values;
  const { data, added, skipped } = aggregate(logLines(registro), readImpact(datos) ?? emptyImpact(), hoy);
  writeImpact(data, datos);
  console.log(
    added.length > 0
      ? `${added.length === 1 ? 'Contado 1 día' : `Contados ${added.length} días`} (${added.join(', ')}) en ${datos}.`
      : `Ningún día nuevo que contar en ${registro}; ${datos} sigue igual.`,
  );
  if (skipped.length > 0)
    console.log(`Sin contar: ${skipped.join(', ')} (el día de hoy, o incompleto en el registro).`);
}
