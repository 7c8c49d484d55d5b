import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parse, YAMLParseError } from 'yaml';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { CONTENT_DIR } from '#/src/lib/paths.ts';
import { PROBLEMS_FILE_VARIABLE, readProblemsFile, type Problem } from '#/src/lib/problems.ts';
import { brokenReferenceProblems, type EntryLike } from '#/src/lib/references.ts';

/** What an `astro` command printed, colours removed, and how it ended. */
export interface AstroRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node_modules/.bin/<command> <args>` in `root` (e.g. `node`, `astro`), with that folder first in
 * PATH (it holds Node 24) and `env` added to the environment.
 */
export function runBin(root: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<AstroRun> {
  const bin = join(root, 'node_modules/.bin');
  return new Promise((resolve, reject) => {
    const child = spawn(join(bin, command), args, {
      cwd: root,
      env: {
        ...process.env,
        PATH: `${bin}:${process.env['PATH'] ?? ''}`,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: stripVTControlCharacters(stdout), stderr: stripVTControlCharacters(stderr) }),
    );
  });
}

/** One error as Astro prints it: its message lines, the file it points at and its stack. */
interface AstroError {
  lines: string[];
  location?: { file: string; line: number; column: number };
  stack: string;
}

// A log line: «20:39:55 [ERROR] [content] …» or «20:39:14 [content] Syncing content».
const logLine = /^\d{2}:\d{2}:\d{2} (?:\[(ERROR|WARN)\] )?\[[\w-]+\] (.*)$/;
// Sections Astro prints under an error's message; only «Location» says something an editor needs.
const sectionLine = /^\s{2}(Hint|Error reference|Location|Stack trace):$/;

/** Splits what Astro wrote to stderr into its errors, leaving out hints, references, URLs and stacks. */
function astroErrors(stderr: string): AstroError[] {
  const errors: AstroError[] = [];
  let current: AstroError | undefined;
  let section: string | undefined;
  for (const line of stderr.split(/\r?\n/).map((text) => text.trimEnd())) {
    const log = logLine.exec(line);
    if (log) {
      // One-line errors; the rest of the log (progress, warnings) is not a problem to fix.
      if (log[1] === 'ERROR' && !/Build failed/.test(log[2] ?? '')) errors.push({ lines: [log[2] ?? ''], stack: '' });
      current = section = undefined;
      continue;
    }
    const header = sectionLine.exec(line);
    if (header && current) {
      section = header[1];
      continue;
    }
    if (section && current && (line === '' || /^\s{4}/.test(line))) {
      if (section === 'Location') {
        const where = /^\s*(.+?):(\d+):(\d+)$/.exec(line);
        if (where) current.location = { file: where[1] ?? '', line: Number(where[2]), column: Number(where[3]) };
      } else if (section === 'Stack trace') current.stack += `${line}\n`;
      continue;
    }
    // After an error's sections, or at an «[XError]» title, an unindented line starts the next error.
    if (!current || section || /^\[\w+\] /.test(line)) {
      if (line === '') continue;
      current = { lines: [], stack: '' };
      section = undefined;
      errors.push(current);
    }
    if (/^\s+at /.test(line)) current.stack += `${line}\n`;
    else if (line.trim() && !/^\s*(?:See )?https?:\/\//.test(line)) current.lines.push(line);
  }
  return errors.filter((error) => error.lines.length > 0);
}

/** A path inside the project, relative to it; other paths as they are. */
function inProject(root: string, file: string): string {
  if (!isAbsolute(file)) return file;
  const path = relative(root, file);
  return path.startsWith('..') ? file : path;
}

const contentFolder = CONTENT_DIR.replace(/^\.\//, '');

/** The file an entry comes from: its collection's data file, or its Markdown/MDX file. */
function entryFile(root: string, collection: string, id: string): string {
  const dataFile = join(root, contentFolder, `${collection}.yaml`);
  if (existsSync(dataFile)) return `${contentFolder}/${collection}.yaml`;
  const extension = ['.mdx', '.md'].find((ext) => existsSync(join(root, contentFolder, collection, `${id}${ext}`)));
  return `${contentFolder}/${collection}/${id}${extension ?? '.mdx'}`;
}

/** Ids a collection has, read straight from its files (for the «se esperaba uno de» hint). */
function idsOf(root: string, collection: string): string[] {
  const dataFile = join(root, contentFolder, `${collection}.yaml`);
  if (existsSync(dataFile)) {
    try {
      return dataEntries(readFileSync(dataFile, 'utf8'), collection).map((item) => String(item['id']));
    } catch {
      return [];
    }
  }
  const folder = join(root, contentFolder, collection);
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
        .map((name) => name.replace(/\.mdx?$/, ''))
    : [];
}

const englishReference =
  /^Invalid content reference: entry "([^"]+)" in collection "([^"]+)" \(field: ([^)]+)\) references "([^"]+)" in collection "([^"]+)"/;

/** Astro's English line about a reference to a missing entry, said as the build says it. */
function referenceProblem(root: string, match: RegExpExecArray): Problem {
  const [, id = '', collection = '', field = '', target = '', targetCollection = ''] = match;
  const file = entryFile(root, collection, id);
  const entries: EntryLike[] = idsOf(root, targetCollection).map((other) => ({
    id: other,
    collection: targetCollection,
    data: {},
  }));
  const entry = file.endsWith('.yaml') ? { entry: id } : {};
  const [problem] = brokenReferenceProblems(
    [{ file, ...entry, field, collection: targetCollection, id: target }],
    entries,
  );
  return problem ?? { file, field, found: `hace referencia a «${target}», que no existe` };
}

/** Where a YAML data file stops being valid. */
function yamlProblem(root: string, file: string): Problem {
  const where = inProject(root, file);
  const fix = 'revisa comillas, dos puntos, guiones y sangría';
  try {
    parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError && error.linePos) {
      const { line, col } = error.linePos[0];
      return { file: where, line, column: col, found: 'el YAML no es válido', fix };
    }
  }
  return { file: where, found: 'no se pudo leer el archivo', fix };
}

const mdxHint =
  'en un .mdx, «{», «}», «<» y «>» tienen un significado especial: escríbelos como \\{, \\}, &lt; o &gt;, o cierra la etiqueta que quedó abierta';
const yamlHint = 'revisa comillas, dos puntos y sangría del frontmatter (entre las líneas ---)';
// The first line of the site's own content errors, whose problems the build also writes to SNT_PROBLEMAS.
const ownError = /^El contenido tiene (?:un problema|\d+ problemas):$/;

/**
 * Turns the errors `astro sync` or `astro build` wrote to stderr into problems: Astro's own (a field
 * of a schema, an unreadable data file, a reference to a missing entry, an MDX body that does not
 * compile), each naming its file relative to the project, with Astro's English boilerplate left out.
 * The site's own content errors are left to `own`, the problems the build wrote as they are; an
 * English line of Astro's that one of them already explains is dropped.
 */
export function astroProblems(root: string, stderr: string, own: readonly Problem[] = []): Problem[] {
  const problems: Problem[] = [];
  const errors = astroErrors(stderr.split(`${root}/`).join(''));
  // A data file that cannot be read makes every reference to it fail too: report the cause only.
  const unreadable = new Set<string>();
  const explained = (problem: Problem) =>
    own.some((known) => known.file === problem.file && known.field === problem.field);

  for (const error of errors) {
    const [first = '', ...rest] = error.lines;
    const file = error.location && inProject(root, error.location.file);
    const position = error.location?.line ? { line: error.location.line, column: error.location.column } : {};
    const inContent = file?.startsWith(`${contentFolder}/`) ?? false;

    const dataFile = /^Error reading data from (\S+)/.exec(first);
    const reference = englishReference.exec(first);
    const schema = /^\[\w+\] (\S+) → (\S+) /.exec(first);
    if (ownError.test(first.trim())) {
      continue;
    } else if (dataFile?.[1]) {
      unreadable.add(basename(dataFile[1]).replace(/\.ya?ml$/, ''));
      problems.push(yamlProblem(root, join(root, dataFile[1])));
    } else if (reference) {
      const problem = referenceProblem(root, reference);
      if (!unreadable.has(reference[5] ?? '') && !explained(problem)) problems.push(problem);
    } else if (schema) {
      // «[InvalidContentEntryDataError] capsulas → x data does not match…» is English; the field lines are not.
      const dataEntry = /\.ya?ml$/.test(file ?? '');
      const where = file ?? `${contentFolder}/${schema[1] ?? ''}/${schema[2] ?? ''}`;
      const fields = rest
        .map((line) => line.trim().replace(/\*\*/g, ''))
        .filter((line) => line && !line.startsWith('>'));
      for (const line of fields.length ? fields : [first]) {
        const [, field, said = line] = /^([\w.[\]-]+): (.+)$/.exec(line) ?? [];
        problems.push({
          file: where,
          field,
          found: dataEntry ? `en la entrada «${schema[2] ?? ''}», ${said}` : said,
        });
      }
    } else {
      const text = [first, ...rest]
        .map((line) => line.trim())
        .join(' ')
        .replace(/^\d+:\d+: /, '');
      if (inContent && file && /yaml/i.test(error.stack)) {
        problems.push({ file, ...position, found: `el frontmatter no es YAML válido (${text})`, fix: yamlHint });
      } else if (inContent && file && /mdx|micromark/i.test(`${text}\n${error.stack}`)) {
        problems.push({ file, ...position, found: `el texto no se puede leer (${text})`, fix: mdxHint });
      } else {
        problems.push({ file: file ?? 'astro', ...position, found: text });
      }
    }
  }
  return problems;
}

/**
 * Runs `astro <args>` in `root` and gathers its problems: the site's own content errors as the build
 * wrote them (to the file `SNT_PROBLEMAS` names), then Astro's own, read from its log.
 */
export async function astroRun(root: string, args: string[]): Promise<AstroRun & { problems: Problem[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'snt-problemas-'));
  const file = join(folder, 'problemas.jsonl');
  try {
    const run = await runBin(root, 'astro', args, { [PROBLEMS_FILE_VARIABLE]: file });
    const own = readProblemsFile(file);
    return { ...run, problems: [...own, ...astroProblems(root, run.stderr, own)] };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The last meaningful lines a command printed, for a failure no rule above explains. */
export const lastLines = (output: string, count = 6): string[] =>
  output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^https?:\/\//.test(line))
    .slice(-count);
