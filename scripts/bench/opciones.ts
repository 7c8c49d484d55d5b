// The command line of `npm run bench`: its options, their defaults and the usage text.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Where the report goes unless `--salida` says otherwise: a git-ignored folder at the top of the
 * project, so a run never changes a tracked file. The committed report (scripts/bench) is
 * rewritten only on purpose, with `--salida scripts/bench`.
 */
export const DEFAULT_OUTPUT = 'bench';

/** The committed report, the one README «Rendimiento» quotes. */
export const COMMITTED_OUTPUT = 'scripts/bench';

export const USAGE =
  'Uso: npm run bench -- [--entries N[,M…]] [--salida carpeta] [--conservar] [--perfil]\n' +
  '  --entries N      entradas sintéticas (10000 si no se indica); también se construye con N/10\n' +
  '  --entries 1000,10000,30000  construye con cada cantidad; los presupuestos miden la mayor\n' +
  `  --salida carpeta dónde escribir informe.json e informe.md (${DEFAULT_OUTPUT}/, que git ignora);\n` +
  `                   --salida ${COMMITTED_OUTPUT} reescribe el informe que se guarda en el repositorio\n` +
  '  --conservar      no borra las copias temporales del proyecto\n' +
  '  --perfil         perfil de CPU de la construcción grande (node --cpu-prof) junto a su copia';

/** What a bench run was asked for. */
export interface BenchOptions {
  /** The largest run, the one the budgets read. */
  entries: number;
  /** Every run, smallest first: N/10 and N, or the sizes listed. */
  sizes: number[];
  /** Absolute folder for informe.json and informe.md. */
  output: string;
  keep: boolean;
  profile: boolean;
}

/**
 * Reads the bench's arguments; `--salida` is taken from the current folder, its default from the
 * project's `root`. Returns the message to show (in Spanish, usage included) when they are wrong.
 */
export function benchOptions(args: string[], root: string): BenchOptions | { error: string } {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        entries: { type: 'string', default: '10000' },
        salida: { type: 'string' },
        conservar: { type: 'boolean', default: false },
        perfil: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return { error: `${(error as Error).message}\n${USAGE}` };
  }
  const listed = values.entries.split(',').map(Number);
  if (listed.some((n) => !Number.isInteger(n) || n < 10) || new Set(listed).size < listed.length) {
    return {
      error: `--entries debe ser un número entero de 10 o más, o varios distintos separados por comas (se recibió «${values.entries}»).\n${USAGE}`,
    };
  }
  const [only] = listed;
  const sizes =
    listed.length === 1 && only !== undefined ? [Math.round(only / 10), only] : listed.sort((a, b) => a - b);
  return {
    entries: Math.max(...sizes),
    sizes,
    output: values.salida === undefined ? join(root, DEFAULT_OUTPUT) : resolve(values.salida),
    keep: values.conservar,
    profile: values.perfil,
  };
}
