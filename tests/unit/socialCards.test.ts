import { describe, expect, test } from 'vitest';
import { cardSvg, escapeXml, textWidth, wrapText } from '#/src/lib/socialCards.ts';

describe('social cards', () => {
  test('titles wrap within the width and never exceed three lines', () => {
    const long = 'Plan de trabajo de la Comisión de Vinculación, Promoción, Difusión y Comunicación Social '.repeat(4);
    const lines = wrapText(long, 60, 1040, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 60)).toBeLessThanOrEqual(1040);
    expect(wrapText('Corto', 60, 1040, 3)).toEqual(['Corto']);
    const unbroken = wrapText('a'.repeat(80), 60, 1040, 3);
    expect(unbroken.length).toBeGreaterThan(0);
    for (const line of unbroken) expect(textWidth(line, 60)).toBeLessThanOrEqual(1040);
  });

  test('text is escaped for XML', () => {
    expect(escapeXml(`<b> & "x" 'y'`)).toBe('&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;');
    const svg = cardSvg({
      label: 'Cápsula',
      title: 'A <script> & «B»',
      siteName: 'SNT',
      exampleFlag: 'Contenido de ejemplo',
    });
    expect(svg).toContain('A &lt;script&gt; &amp; «B»');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Contenido de ejemplo');
  });
});
