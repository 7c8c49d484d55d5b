import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { law, retired } from '#/src/kinds/fields.ts';

// The end of a body (or an entry) as its data file states it, checked by the schema every kind shares:
// a reference stands in as plain text, which is what the build resolves later.
const schema = retired('organismos', () => z.string(), 'El id de otro organismo.');

const decree = {
  nombre: 'Decreto de prueba',
  fecha: '2025-03-20',
  enlace: 'http://diariooficial.gob.mx/nota_detalle.php?codigo=1',
};
const source = {
  titulo: 'Nota de prueba',
  editor: 'Diario Oficial de la Federación',
  fecha: '2025-03-20',
  enlace: decree.enlace,
};
const base = { fecha: '2025-03-21', motivo: 'Se extinguió por ley.' };

/** The issues of parsing `value`: each one's field path and its Spanish message. */
const issues = (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

test('an end with its decree, its sources and a successor outside the site is valid', () => {
  const value = { ...base, instrumento: decree, fuentes: [source], sucesorExterno: { nombre: 'Sucesor de prueba' } };
  expect(issues(value)).toEqual([]);
  expect(schema.parse(value)?.sucesorExterno).toEqual({ nombre: 'Sucesor de prueba' });
});

describe('bad input names its field in Spanish', () => {
  test.each([
    [
      'an end before the decree that ordered it',
      { ...base, fecha: '2025-03-19', instrumento: decree, fuentes: [source] },
      'fecha',
      'es anterior a la publicación de su instrumento',
    ],
    ['a decree without sources', { ...base, instrumento: decree }, 'fuentes', 'se esperan sus fuentes'],
    [
      'a successor outside the site at an http: address',
      { ...base, sucesorExterno: { nombre: 'Sucesor', enlace: 'http://example.org' } },
      'sucesorExterno.enlace',
      'https://',
    ],
    [
      'a successor outside the site that is not an address',
      { ...base, sucesorExterno: { nombre: 'Sucesor', enlace: 'sucesor-de-prueba' } },
      'sucesorExterno.enlace',
      'https://',
    ],
    [
      'two successors, one inside and one outside',
      { ...base, sucesor: 'otro', sucesorExterno: { nombre: 'Sucesor' } },
      'sucesorExterno',
      'no los dos',
    ],
    [
      'a source without its link',
      { ...base, instrumento: decree, fuentes: [{ titulo: 'Nota', editor: 'DOF' }] },
      'fuentes.0.enlace',
      'falta este campo obligatorio',
    ],
  ])('%s', (_name, value, path, message) => {
    expect(issues(value)).toEqual([expect.objectContaining({ path, message: expect.stringContaining(message) })]);
  });
});

test('dates compare at the precision both are known: a month is not before a day in it', () => {
  expect(issues({ ...base, fecha: '2025-03', instrumento: decree, fuentes: [source] })).toEqual([]);
  expect(issues({ ...base, fecha: '2025-02', instrumento: decree, fuentes: [source] })).toHaveLength(1);
});

describe('the law a booklet explains', () => {
  const sources = [source];
  const abrogated = {
    nombre: 'Ley General de Transparencia y Acceso a la Información Pública',
    publicada: '2015-05-04',
    estado: 'abrogada',
    abrogacion: { fecha: '2025-03-21', instrumento: 'Decreto publicado en el DOF el 20 de marzo de 2025' },
    fuentes: sources,
  };
  const lawIssues = (value: unknown) => {
    const result = law.safeParse(value);
    return result.success
      ? []
      : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  };

  test('an abrogated law with its date and instrument, or a law in force, is valid', () => {
    expect(lawIssues(abrogated)).toEqual([]);
    expect(
      lawIssues({ nombre: 'Ley de prueba', publicada: '2025-03-20', estado: 'vigente', fuentes: sources }),
    ).toEqual([]);
  });

  test.each([
    [
      'abrogated without saying when',
      { ...abrogated, abrogacion: undefined },
      'abrogacion',
      'una ley abrogada dice cuándo',
    ],
    [
      'abrogated before it was published',
      { ...abrogated, abrogacion: { ...abrogated.abrogacion, fecha: '2014-01-01' } },
      'abrogacion.fecha',
      'es anterior a la de publicación',
    ],
    ['in force with an abrogation', { ...abrogated, estado: 'vigente' }, 'abrogacion', 'una ley vigente no lleva'],
    ['without sources', { ...abrogated, fuentes: [] }, 'fuentes', 'al menos una fuente'],
    ['neither in force nor abrogated', { ...abrogated, estado: 'reformada' }, 'estado', 'vigente o abrogada'],
  ])('%s fails naming its field', (_name, value, path, message) => {
    expect(lawIssues(value)).toEqual([expect.objectContaining({ path, message: expect.stringContaining(message) })]);
  });
});
