import { execFileSync } from 'node:child_process';
import { startOf, type KnownDate } from './dates.ts';
import { CONTENT_DIR } from './paths.ts';

let commits: Map<string, Date> | undefined;

/** Date of the last commit of every file under content/, read from git once per build. */
function commitDates(): Map<string, Date> {
  if (commits) return commits;
  commits = new Map();
  try {
    const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', CONTENT_DIR], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    let date: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) date = new Date(line.slice(1));
      else if (line && date && !commits.has(line)) commits.set(line, date);
    }
  } catch {
    // Outside a git checkout (a tarball, say) the frontmatter dates are all there is.
  }
  return commits;
}

/** When an entry last changed: its `actualizado`, else its last commit, else its `fecha`. */
export function lastUpdated(entry: {
  filePath?: string | undefined;
  data: { fecha: KnownDate; actualizado?: Date | undefined };
}): Date {
  const committed = entry.filePath ? commitDates().get(entry.filePath.replace(/^\.\//, '')) : undefined;
  return entry.data.actualizado ?? committed ?? startOf(entry.data.fecha);
}

/**
 * The day each entry page built in this process shows as its last update (its footer), by address: the
 * sitemap's `lastmod` (src/build/sitemap.ts), which is read once the pages are built. Kept on `globalThis`
 * because the pages run from Astro's bundle and the sitemap's options from the configuration: two copies of
 * this module in one process.
 */
export const shownUpdates = (): Map<string, string> =>
  ((globalThis as { sntShownUpdates?: Map<string, string> }).sntShownUpdates ??= new Map());
