import { mkdtempSync, mkdirSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { TRANSCRIPT_MIN_WORDS } from '#/src/kinds/audios.ts';
import { audioProblems, formatBytes, isAudio, readAudioFile } from '#/src/lib/audioFiles.ts';
import { transcriptProblems } from '#/src/lib/transcripts.ts';
import { readCollection } from '#/tests/support/content.ts';

const audios = readCollection('audios');

describe.each(audios.map((audio) => [audio.id, audio] as const))('example audio %s', (id, audio) => {
  test('is marked as an example, since a synthetic voice says it', () => {
    expect(audio.data['ejemplo']).toBe(true);
  });

  test('its file is MP3 audio that lasts what its entry says, to the second, and stays small', async () => {
    const file = await readAudioFile(String(audio.data['archivo']));
    expect(isAudio(file), id).toBe(true);
    if (!isAudio(file)) return;
    const [minutes = 0, seconds = 0] = String(audio.data['duracion']).split(':').map(Number);
    expect(Math.abs(minutes * 60 + seconds - file.seconds)).toBeLessThanOrEqual(1);
    // Mono at 32 kbit/s: 4 KB a second, for phones on a slow connection.
    expect(file.bytes / file.seconds).toBeLessThan(4_500);
  });

  test('its transcript says every caption, in order', () => {
    if (!audio.data['subtitulos']) return;
    const captions = readFileSync(`public${audio.data['subtitulos'] as string}`, 'utf8')
      .split(/\r?\n\r?\n/)
      .slice(1)
      .map((cue) =>
        cue
          .split('\n')
          .filter((line) => !/-->|^\d+$|^NOTE/.test(line))
          .join(' ')
          .trim(),
      )
      .filter(Boolean);
    const flat = (text: string) => text.replace(/\*\*[^*]+\*\*/g, ' ').replace(/\s+/g, ' ');
    const transcript = flat(audio.body);
    let from = 0;
    for (const caption of captions) {
      const at = transcript.indexOf(flat(caption), from);
      expect(at, caption).toBeGreaterThanOrEqual(0);
      from = at + caption.length;
    }
    expect(captions.length).toBeGreaterThan(0);
  });
});

describe('the build reads each audio file', () => {
  const root = mkdtempSync(join(tmpdir(), 'snt-audios-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const real = audios[0];
  const put = (path: string, bytes: Buffer | string) => {
    mkdirSync(join(root, 'public/media/audios'), { recursive: true });
    writeFileSync(join(root, 'public', path), bytes);
  };
  const entry = (archivo: string, duracion: number) => ({
    id: 'prueba',
    filePath: 'content/audios/prueba.md',
    data: { duracion, archivo },
  });

  test('a text file named .mp3 is not audio: the problem names the file and the field «archivo»', async () => {
    put('/media/audios/texto.mp3', 'Esto no es un audio.\n'.repeat(50));
    expect(await audioProblems([entry('/media/audios/texto.mp3', 10)], root)).toEqual([
      expect.objectContaining({
        file: 'content/audios/prueba.md',
        field: 'archivo',
        found: expect.stringContaining('no es audio MP3'),
      }),
    ]);
  });

  test('a video named .mp3 is not MP3 either', async () => {
    copyFileSync('public/media/capsulas/archivos-en-orden.mp4', join(root, 'public/media/audios/video.mp3'));
    const [problem] = await audioProblems([entry('/media/audios/video.mp3', 9)], root);
    expect(problem?.field).toBe('archivo');
    expect(problem?.found).toMatch(/no es audio MP3: es un archivo .*(?:isom|MPEG-4)/);
  });

  test('a length more than a second off the file is refused on «duracion», with the length to write', async () => {
    const path = String(real?.data['archivo']);
    copyFileSync(`public${path}`, join(root, 'public', path));
    const file = await readAudioFile(path);
    if (!isAudio(file)) throw new Error(path);
    const right = Math.round(file.seconds);
    expect(await audioProblems([entry(path, right)], root)).toEqual([]);
    expect(await audioProblems([entry(path, right + 1)], root)).toEqual([]);
    const [problem] = await audioProblems([entry(path, right + 3)], root);
    expect(problem).toMatchObject({ file: 'content/audios/prueba.md', field: 'duracion' });
    expect(problem?.fix).toContain(`«0:${String(right).padStart(2, '0')}»`);
  });
});

describe('an audio needs its transcript', () => {
  const file = 'content/audios/prueba.md';
  const head = '---\ntitulo: Prueba\n---\n';

  test('an empty body is refused, naming the file, the place and what to write', () => {
    expect(transcriptProblems(file, `${head}\n`, TRANSCRIPT_MIN_WORDS)).toEqual([
      expect.objectContaining({ file, line: 4, found: expect.stringContaining('falta la transcripción') }),
    ]);
  });

  test('a heading or a comment alone is no transcript', () => {
    const [problem] = transcriptProblems(file, `${head}\n## Transcripción\n\n<!-- pendiente -->\n`, 10);
    expect(problem?.found).toContain('falta la transcripción');
  });

  test('a few words are counted and reported', () => {
    expect(transcriptProblems(file, `${head}\nHola, esto es todo.\n`, 10)[0]?.found).toContain('solo 4 palabras');
  });

  test('a whole transcript passes', () => {
    expect(transcriptProblems(file, `${head}\n${'Una palabra más en la transcripción. '.repeat(3)}\n`, 10)).toEqual([]);
  });
});

test('sizes read as a download link says them', () => {
  expect(formatBytes(69_090)).toBe('69 KB');
  expect(formatBytes(1_250_000)).toBe('1.3 MB');
  expect(formatBytes(120)).toBe('1 KB');
});
