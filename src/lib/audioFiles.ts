/**
 * The audio files of the site (MP3 and Opus under public/): what they really are and how long they last, read
 * with music-metadata at build time (no Debian tool needed), and the address under which each is served with
 * its content hash in its name, so browsers and podcast apps keep it a year.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseBuffer } from 'music-metadata';
import { formatDuration } from './durations.ts';
import { PUBLIC_DIR } from './paths.ts';
import type { Problem } from './problems.ts';
import { HASHED_MEDIA_URL } from './urls.ts';

/** The audio formats the site takes, by extension: what music-metadata calls their container, and their type. */
export const AUDIO_FORMATS = {
  '.mp3': { container: 'MPEG', codec: /Layer 3/, type: 'audio/mpeg', name: 'MP3' },
  '.opus': { container: 'Ogg', codec: /Opus/i, type: 'audio/ogg; codecs=opus', name: 'Opus' },
} as const;

/** An audio file extension the site takes. */
export type AudioExtension = keyof typeof AUDIO_FORMATS;

/** An audio file as the build read it. */
export interface AudioFile {
  /** Its path on the site, as the entry writes it: `/media/audios/x.mp3`. */
  path: string;
  /** Size in bytes: a podcast enclosure's `length`, the download link's size. */
  bytes: number;
  /** Length in seconds, as decoded. */
  seconds: number;
  /** Its MIME type. */
  type: string;
  /** Address of its copy with the content hash in its name, served with a year of cache. */
  hashedUrl: string;
}

/** What is wrong with an audio file, in Spanish, to end «el archivo … ». */
export interface AudioFileProblem {
  problem: string;
}

/** `name.<hash>.ext`: the file's name with the first 12 hex digits of its SHA-256. */
export const hashedName = (path: string, bytes: Uint8Array): string => {
  const extension = extname(path);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return `${basename(path, extension)}.${hash}${extension}`;
};

/** Reads one file and says what it is. */
async function read(path: string, root: string): Promise<AudioFile | AudioFileProblem> {
  const extension = extname(path).toLowerCase() as AudioExtension;
  const format = AUDIO_FORMATS[extension] as (typeof AUDIO_FORMATS)[AudioExtension] | undefined;
  if (!format)
    return { problem: `no es un archivo de audio que el sitio publique (${Object.keys(AUDIO_FORMATS).join(', ')})` };
  let bytes: Buffer;
  try {
    bytes = await readFile(join(root, PUBLIC_DIR, path));
  } catch {
    return { problem: 'no existe dentro de public/' };
  }
  let container: string | undefined;
  let codec: string | undefined;
  let seconds: number | undefined;
  try {
    // No type hint: music-metadata tells the format by the bytes, so a video renamed .mp3 is caught.
    const { format: found } = await parseBuffer(bytes, { size: bytes.length }, { duration: true, skipCovers: true });
    ({ container, codec, duration: seconds } = found);
  } catch {
    // An unreadable file is reported below as what it is not.
  }
  if (container !== format.container || !codec || !format.codec.test(codec) || !seconds) {
    const what = container ? `un archivo ${container}${codec ? ` (${codec})` : ''}` : 'un archivo que no es de audio';
    return { problem: `no es audio ${format.name}: es ${what}` };
  }
  return {
    path,
    bytes: bytes.length,
    seconds,
    type: format.type,
    hashedUrl: `${HASHED_MEDIA_URL}${hashedName(path, bytes)}`,
  };
}

const cache = new Map<string, Promise<AudioFile | AudioFileProblem>>();

/** The audio file at `path` under public/, read once per build. */
export const readAudioFile = (path: string, root = process.cwd()): Promise<AudioFile | AudioFileProblem> => {
  const key = join(root, path);
  let found = cache.get(key);
  if (!found) cache.set(key, (found = read(path, root)));
  return found;
};

/** Whether the build could read `file` as the audio it claims to be. */
export const isAudio = (file: AudioFile | AudioFileProblem): file is AudioFile => !('problem' in file);

/** How far a declared length may be from the file's, in seconds: it is written to the second. */
export const DURATION_TOLERANCE = 1;

/** Whether `declared` whole seconds agree with a file that lasts `actual` seconds. */
export const durationAgrees = (declared: number, actual: number): boolean =>
  Math.abs(declared - actual) <= DURATION_TOLERANCE;

/** A file's size as readers see it: «69 KB», «1.2 MB». */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toLocaleString('es-MX', { maximumFractionDigits: 1 })} MB`;
}

/** What a Podcasting 2.0 chapters file holds, as far as the site reads it. */
interface Chapters {
  chapters: { startTime: number; title?: string }[];
}

/** Why the chapters file at `path` does not work for an audio of `seconds`, or `undefined` when it does. */
async function chaptersProblem(path: string, seconds: number, root: string): Promise<string | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(root, PUBLIC_DIR, path), 'utf8'));
  } catch {
    return `el archivo ${path} no es JSON válido`;
  }
  const chapters = (parsed as Partial<Chapters> | null)?.chapters;
  if (!Array.isArray(chapters) || chapters.length === 0) {
    return `el archivo ${path} no tiene una lista «chapters» con al menos un capítulo`;
  }
  const wrong = chapters.findIndex(
    (chapter) =>
      typeof chapter.startTime !== 'number' ||
      chapter.startTime < 0 ||
      chapter.startTime >= seconds ||
      typeof chapter.title !== 'string' ||
      chapter.title.trim() === '',
  );
  return wrong === -1
    ? undefined
    : `el capítulo ${wrong + 1} de ${path} necesita «startTime» (segundos, antes del final del audio) y «title»`;
}

/** Why the captions file at `path` is not WebVTT, or `undefined` when it is. */
async function captionsProblem(path: string, root: string): Promise<string | undefined> {
  const text = await readFile(join(root, PUBLIC_DIR, path), 'utf8');
  return /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text)
    ? undefined
    : `el archivo de subtítulos ${path} no es WebVTT (su primera línea debe ser «WEBVTT»)`;
}

/** The fields of an audio entry the file checks read. */
interface AudioEntry {
  id: string;
  filePath?: string | undefined;
  data: {
    duracion: number;
    archivo: string;
    opus?: string | undefined;
    subtitulos?: string | undefined;
    capitulos?: string | undefined;
  };
}

/**
 * What is wrong with the files of each audio: the MP3 (and the Opus) must be audio of that format and last what
 * `duracion` says, to the second; captions must be WebVTT, chapters a Podcasting 2.0 chapters file.
 */
export async function audioProblems(audios: readonly AudioEntry[], root = process.cwd()): Promise<Problem[]> {
  const problems = await Promise.all(
    audios.map(async (audio): Promise<Problem[]> => {
      const file = audio.filePath ?? `content/audios/${audio.id}`;
      const { duracion, archivo, opus, subtitulos, capitulos } = audio.data;
      const found: Problem[] = [];
      for (const [field, path] of [
        ['archivo', archivo],
        ['opus', opus],
      ] as const) {
        if (!path) continue;
        const read = await readAudioFile(path, root);
        if (!isAudio(read)) {
          found.push({
            file,
            field,
            found: `el archivo ${path} ${read.problem}`,
            fix: `sube el audio en ${extname(path).slice(1).toUpperCase()} con ese nombre, o corrige la ruta`,
          });
        } else if (!durationAgrees(duracion, read.seconds)) {
          found.push({
            file,
            field: 'duracion',
            found: `dice ${formatDuration(duracion)}, pero ${path} dura ${formatDuration(Math.round(read.seconds))} (${read.seconds.toFixed(1)} s)`,
            fix: `escribe la duración del archivo, «${clock(Math.round(read.seconds))}», o sube el archivo correcto`,
          });
        }
      }
      if (subtitulos) {
        const problem = await captionsProblem(subtitulos, root);
        if (problem) found.push({ file, field: 'subtitulos', found: problem, fix: 'expórtalos como .vtt' });
      }
      if (capitulos) {
        const problem = await chaptersProblem(capitulos, duracion + DURATION_TOLERANCE, root);
        if (problem) {
          found.push({
            file,
            field: 'capitulos',
            found: problem,
            fix: 'escríbelo como { "version": "1.2.0", "chapters": [{ "startTime": 0, "title": "…" }] }',
          });
        }
      }
      return found;
    }),
  );
  return problems.flat();
}

/** Seconds as an editor writes a duration: «0:17», «1:05:00». */
const clock = (total: number): string => {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
};

/** The audio file at `path`, which the build already checked (src/lib/astroContent.ts): its size, type and hashed address. */
export async function audioFileOf(path: string): Promise<AudioFile> {
  const read = await readAudioFile(path);
  if (!isAudio(read)) throw new Error(`${path} ${read.problem}`);
  return read;
}
