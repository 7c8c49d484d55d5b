/**
 * Problems an editor must fix, in one shape for every check: the build's content checks (dates, unsafe
 * bodies, file names, references, redirects) and every check of `npm run revisar`. Both print them
 * with `formatProblem`, so an editor reads the same line wherever it comes from.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { sentence } from './sentences.ts';

/** One thing to fix: where it is, what was found and what to do. */
export interface Problem {
  /** File relative to the project (`content/capsulas/x.md`, `dist/x/index.html`) or a page's address (`/planes/x/`). */
  file: string;
  /** 1-based line in `file`, where known. */
  line?: number | undefined;
  /** 1-based column in that line, where known. */
  column?: number | undefined;
  /** The field it is in, dotted (`estado`, `ejes.0.lineas.2.evidencias.capsulas.1`), when it is in one. */
  field?: string | undefined;
  /** What was found, in Spanish, as the end of a sentence: «la fecha «2024-02-30» no existe en el calendario». */
  found: string;
  /** What to do, in Spanish, when `found` does not already say it: «escribe una fecha real…». */
  fix?: string | undefined;
}

/** «archivo, línea 4, columna 2, campo «fecha»»: where a problem is, as much as is known. */
export const placeOf = ({ file, line, column, field }: Problem): string =>
  [
    file,
    line === undefined ? '' : `línea ${line}`,
    line === undefined || column === undefined ? '' : `columna ${column}`,
    field === undefined ? '' : `campo «${field}»`,
  ]
    .filter(Boolean)
    .join(', ');

/** One line: «content/x.md, línea 4, campo «fecha»: lo que se encontró. Qué hacer.» */
export const formatProblem = (problem: Problem): string => {
  const found = problem.found.trim().replace(/\.+$/, '');
  return `${placeOf(problem)}: ${found}.${problem.fix ? ` ${sentence(problem.fix)}` : ''}`;
};

/** The first line of every content error the build stops with. */
export const contentErrorTitle = (count: number): string =>
  `El contenido tiene ${count === 1 ? 'un problema' : `${count} problemas`}:`;

/** The error the build stops with when content has problems; its message lists them, one per line. */
export class ContentError extends Error {
  /** What to fix, as it was found. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super([contentErrorTitle(problems.length), ...problems.map(formatProblem)].join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
    // The message says all an editor needs; a stack trace of the check that found it would bury it.
    this.stack = '';
  }
}

/**
 * Names a file where the build also writes its problems, one JSON list per line, so that
 * `npm run revisar` reads them as they are instead of from Astro's log.
 */
export const PROBLEMS_FILE_VARIABLE = 'SNT_PROBLEMAS';

/** Stops with a `ContentError` when there are problems (writing them to `SNT_PROBLEMAS` first, if set). */
export function stopOnProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const file = process.env[PROBLEMS_FILE_VARIABLE];
  if (file) appendFileSync(file, `${JSON.stringify(problems)}\n`);
  throw new ContentError(problems);
}

/** The problems a build wrote to the file of `SNT_PROBLEMAS`, each once. */
export function readProblemsFile(file: string): Problem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const seen = new Set<string>();
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => JSON.parse(line) as Problem[])
    .filter((problem) => {
      const key = JSON.stringify(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
