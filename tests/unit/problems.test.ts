import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
  ContentError,
  formatProblem,
  PROBLEMS_FILE_VARIABLE,
  readProblemsFile,
  stopOnProblems,
  type Problem,
} from '#/src/lib/problems.ts';

const badDate: Problem = {
  file: 'content/capsulas/x.md',
  line: 4,
  field: 'fecha',
  found: 'la fecha «2024-02-30» no existe en el calendario',
  fix: 'escribe una fecha real con el formato AAAA-MM-DD',
};

test.each([
  [
    badDate,
    'content/capsulas/x.md, línea 4, campo «fecha»: la fecha «2024-02-30» no existe en el calendario. Escribe una fecha real con el formato AAAA-MM-DD.',
  ],
  [
    { file: 'dist/x/index.html', line: 10, column: 14, found: 'HTML no válido.', fix: 'consulta la regla.' },
    'dist/x/index.html, línea 10, columna 14: HTML no válido. Consulta la regla.',
  ],
  [
    { file: '/planes/x/', found: 'el enlace a /y/ apunta a una página que no existe' },
    '/planes/x/: el enlace a /y/ apunta a una página que no existe.',
  ],
])('formatProblem names the place, what was found and what to do, as sentences', (problem, line) => {
  expect(formatProblem(problem)).toBe(line);
});

test('a ContentError lists its problems under one Spanish title, one line each', () => {
  const other = { ...badDate, line: 5, field: 'actualizado' };
  const error = new ContentError([badDate, other]);
  expect(error.message).toBe(`El contenido tiene 2 problemas:\n${formatProblem(badDate)}\n${formatProblem(other)}`);
  expect(new ContentError([badDate]).message.split('\n')[0]).toBe('El contenido tiene un problema:');
  expect(error.problems).toEqual([badDate, other]);
});

const folder = mkdtempSync(join(tmpdir(), 'snt-problems-'));
const environment = process.env;
afterEach(() => {
  process.env = environment;
});

test('stopOnProblems passes with none, and otherwise throws them and writes them where SNT_PROBLEMAS says', () => {
  const file = join(folder, 'problemas.jsonl');
  process.env = { ...environment, [PROBLEMS_FILE_VARIABLE]: file };
  expect(() => stopOnProblems([])).not.toThrow();
  expect(readProblemsFile(file)).toEqual([]);
  // Pages rendered in parallel may stop on the same problems: each is read back once.
  for (let i = 0; i < 2; i++) expect(() => stopOnProblems([badDate])).toThrow(ContentError);
  expect(readProblemsFile(file)).toEqual([badDate]);
  rmSync(folder, { recursive: true, force: true });
});
