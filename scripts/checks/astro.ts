import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { CONTENT_DIR } from '../../src/lib/paths.ts';
import { describeBrokenReferences, type EntryLike } from '../../src/lib/references.ts';
import type { Problem } from './problem.ts';

/** What an `astro` command printed, colours removed, and how it ended. */
export interface AstroRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Removes terminal colour codes. */
export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

/** Runs `node_modules/.bin/astro <args>` in `root`, with that folder first in PATH (it holds Node 24). */
export const runAstro = (root: string, args: string[]): Promise<AstroRun> => runBin(root, 'astro', args);

/** Runs `node_modules/.bin/<command> <args>` in `root` (e.g. `node`, `astro`), with that folder first in PATH. */
export function runBin(root: string, command: string, args: string[]): Promise<AstroRun> {
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
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: stripAnsi(stdout), stderr: stripAnsi(stderr) }));
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
      const items: unknown = parse(readFileSync(dataFile, 'utf8'));
      return Array.isArray(items) ? items.map((item) => String((item as { id?: unknown }).id)) : [];
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
  const text = describeBrokenReferences([{ file, field, collection: targetCollection, id: target }], entries);
  return { where: file, message: text.slice(file.length + 2) };
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
      return { where: `${where}:${line}:${col}`, message: `el YAML no es válido en la línea ${line}: ${fix}.` };
    }
  }
  return { where, message: `no se pudo leer el archivo: ${fix}.` };
}

const mdxHint =
  'en un .mdx, «{», «}», «<» y «>» tienen un significado especial: escríbelos como \\{, \\}, &lt; o &gt;, o cierra la etiqueta que quedó abierta';
const yamlHint = 'el frontmatter (entre las líneas ---) no es YAML válido: revisa comillas, dos puntos y sangría';
// Lines our own code throws: «content/x.mdx: …» or «content/x.mdx, línea 4: …».
const ownLine = /^(\S+?\.(?:mdx?|ya?ml)(?: \(id: [^)]+\))?)(?:, (línea \d+))?: (.+)$/;

/**
 * Turns the errors `astro sync` or `astro build` wrote to stderr into problems: one per field line of a
 * schema error, each naming its file relative to the project, with Astro's English boilerplate left out.
 */
export function astroProblems(root: string, stderr: string): Problem[] {
  const problems: Problem[] = [];
  const errors = astroErrors(stderr.split(`${root}/`).join(''));
  // A data file that cannot be read makes every reference to it fail too: report the cause only.
  const unreadable = new Set<string>();
  // The build explains broken references in Spanish, with the valid ids: Astro's English line repeats it.
  const explained = errors.some((error) => /^El contenido tiene (un problema|problemas):/.test(error.lines[0] ?? ''));

  for (const error of errors) {
    const [first = '', ...rest] = error.lines;
    const file = error.location && inProject(root, error.location.file);
    const position = error.location?.line ? `:${error.location.line}:${error.location.column}` : '';
    const inContent = file?.startsWith(`${contentFolder}/`) ?? false;

    const dataFile = /^Error reading data from (\S+)/.exec(first);
    const reference = englishReference.exec(first);
    const schema = /^\[\w+\] (\S+) → (\S+) /.exec(first);
    const own = ownLine.exec(first);
    if (dataFile?.[1]) {
      unreadable.add(basename(dataFile[1]).replace(/\.ya?ml$/, ''));
      problems.push(yamlProblem(root, join(root, dataFile[1])));
    } else if (reference) {
      if (!explained && !unreadable.has(reference[5] ?? '')) problems.push(referenceProblem(root, reference));
    } else if (/^El contenido tiene (un problema|problemas):/.test(first)) {
      for (const line of rest.map((text) => text.trim())) {
        const match = ownLine.exec(line);
        problems.push(
          match
            ? { where: match[1] ?? '', message: match[2] ? `${match[2]}: ${match[3]}` : (match[3] ?? '') }
            : { where: contentFolder, message: line },
        );
      }
    } else if (schema) {
      // «[InvalidContentEntryDataError] capsulas → x data does not match…» is English; the field lines are not.
      const dataEntry = /\.ya?ml$/.test(file ?? '');
      const fields = rest
        .map((line) => line.trim().replace(/\*\*/g, ''))
        .filter((line) => line && !line.startsWith('>'))
        .map((line) => (dataEntry ? `entrada «${schema[2]}»: ${line}` : line));
      const where = file ?? `${contentFolder}/${schema[1]}/${schema[2]}`;
      for (const message of fields.length ? fields : [first]) problems.push({ where, message });
    } else if (own) {
      problems.push({ where: own[1] ?? '', message: [own[2], own[3], ...rest].filter(Boolean).join(': ') });
    } else {
      const text = [first, ...rest]
        .map((line) => line.trim())
        .join(' ')
        .replace(/^\d+:\d+: /, '');
      if (inContent && /yaml/i.test(error.stack)) {
        problems.push({ where: `${file}${position}`, message: `${yamlHint} (${text}).` });
      } else if (inContent && /mdx|micromark/i.test(`${text}\n${error.stack}`)) {
        problems.push({ where: `${file}${position}`, message: `el texto no se puede leer (${text}): ${mdxHint}.` });
      } else {
        problems.push({ where: file ? `${file}${position}` : 'astro', message: text });
      }
    }
  }
  return problems;
}

/** The last meaningful lines a command printed, for a failure no rule above explains. */
export const lastLines = (output: string, count = 6): string[] =>
  output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^https?:\/\//.test(line))
    .slice(-count);
