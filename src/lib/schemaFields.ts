import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { PUBLIC_DIR } from './paths';

/** An absolute `https:` address; `http:`, `javascript:` and `data:` are refused. */
export const httpsUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message: 'se esperaba una dirección que empiece con https://',
  });

/** A path to a file under `public/` with the given extension, which must exist. */
export const localPublicFile = (extension: string) =>
  z
    .string()
    .trim()
    .refine((value) => value.startsWith('/') && value.toLowerCase().endsWith(extension), {
      message: `se esperaba una ruta que empiece con / y termine en ${extension}, p. ej. /media/archivo${extension}`,
    })
    .refine((value) => !value.split('/').includes('..'), { message: 'la ruta no puede contener «..»' })
    .refine((value) => existsSync(join(PUBLIC_DIR, value)), {
      message: `no existe ese archivo dentro de public/ (súbelo a public${'/…'} o corrige la ruta)`,
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

/** Video length written as «m:ss», kept as seconds. */
export const durationSeconds = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const seconds = parseDuration(value);
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: 'se esperaba una duración como «1:30» (minutos:segundos)' });
    return z.NEVER;
  }
  return seconds;
});

/** The id of a data entry, which is also its URL segment. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'se esperaba un slug: minúsculas sin acentos, números y guiones, p. ej. «nuevo-leon»');
