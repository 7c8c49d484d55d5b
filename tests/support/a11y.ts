import type { CDPSession, Page } from 'playwright-core';
import sharp from 'sharp';

// Checks a person makes with a keyboard, a zoomed screen or a screen reader, which axe-core does not:
// each returns what it found wrong on the page as it is now, one readable line per problem.

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/** Chromium's accessibility tree of the page, as assistive technology receives it. */
async function accessibilityTree(page: Page): Promise<{ cdp: CDPSession; nodes: AXNode[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return { cdp, nodes: nodes.filter((node) => !node.ignored) };
}

/** The name assistive technology gives the first element that matches `selector`. */
export async function accessibleName(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
    nodes: AXNode[];
  };
  await cdp.detach();
  return nodes[0]?.name?.value ?? '';
}

const LANDMARKS = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

/**
 * What a screen reader user meets that axe-core does not check, read from Chromium's accessibility tree:
 * - landmarks it lists without telling apart (a role used twice needs a distinct name each time);
 * - words a reader sees apart that the name of a link or heading runs together («INAIInstituto»);
 * - links to a section of the page whose name does not name that section (a «#» announced
 *   «Enlace al eje 5» beside «Estrategia 2»): the name must hold the heading's text up to its first stop.
 */
export async function readerProblems(page: Page): Promise<string[]> {
  const { cdp, nodes } = await accessibilityTree(page);
  const byRole = Map.groupBy(
    nodes.filter((node) => LANDMARKS.has(node.role?.value ?? '')),
    (node) => node.role?.value ?? '',
  );
  const landmarks = [...byRole].flatMap(([role, group]) => {
    if (group.length < 2) return [];
    const names = group.map((node) => node.name?.value.trim() ?? '');
    return names
      .filter((name, index) => !name || names.indexOf(name) !== index)
      .map((name) => `${group.length} × ${role}: ${name ? `two named «${name}»` : 'one has no name'}`);
  });

  // What each link and heading looks like on screen, computed in the page in one pass; the DOM snapshot
  // ties the page's elements to the tree's nodes.
  const onScreen = await page.evaluate(looksOnScreen);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: false })) as { root: DomNode };
  await cdp.detach();
  const checked = new Map<number, number>();
  const walk = (node: DomNode) => {
    const index = node.attributes?.indexOf('data-name-check') ?? -1;
    if (index >= 0) checked.set(node.backendNodeId, Number(node.attributes?.[index + 1]));
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  const names = nodes.flatMap((node) => {
    const role = node.role?.value ?? '';
    const index = checked.get(node.backendDOMNodeId ?? -1);
    const look = index === undefined ? undefined : onScreen[index];
    const name = node.name?.value ?? '';
    if (!look || !['link', 'heading'].includes(role)) return [];
    return [
      ...look.apart.filter((joined) => name.includes(joined)).map((joined) => `${role} «${name}» joins «${joined}»`),
      ...(look.section && !name.includes(look.section) ? [`link «${name}» to the section «${look.section}»`] : []),
    ];
  });
  // Every page has links and headings: finding none means the check read nothing, which must not pass.
  const nothing = checked.size === 0 ? ['no link or heading found to check'] : [];
  return [...nothing, ...landmarks, ...names];
}

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
}

interface Look {
  /** Word pairs («INAIInstituto») whose halves sit apart on screen: another line, a gap, a hidden part. */
  apart: string[];
  /** For a link to a heading of the page, the heading's text up to its first stop. */
  section: string;
}

/** Runs in the page: marks each link and heading with `data-name-check` and says how it looks. */
function looksOnScreen(): Look[] {
  return [...document.querySelectorAll('a[href], h1, h2, h3, h4, h5, h6, [role="link"], [role="heading"]')].map(
    (element, index) => {
      element.setAttribute('data-name-check', String(index));
      const pieces: { text: string; first: DOMRect; last: DOMRect }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const start = text.search(/\S/);
        if (start < 0 || node.parentElement?.closest('[aria-hidden="true"]')) continue;
        const end = text.search(/\S\s*$/);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, end);
        range.setEnd(node, end + 1);
        const last = range.getBoundingClientRect();
        if (first.width + first.height > 0) pieces.push({ text: text.trim(), first, last });
      }
      const apart: string[] = [];
      for (let i = 1; i < pieces.length; i += 1) {
        const before = pieces[i - 1];
        const after = pieces[i];
        const tail = before?.text.match(/[\p{L}\p{N}]+$/u)?.[0];
        const head = after?.text.match(/^[\p{L}\p{N}]+/u)?.[0];
        if (!before || !after || !tail || !head) continue;
        const touching =
          Math.abs(after.first.top - before.last.top) < 2 && Math.abs(after.first.left - before.last.right) < 1;
        if (!touching) apart.push(tail + head);
      }
      const hash = element.getAttribute('href') ?? '';
      const target = hash.length > 1 && hash.startsWith('#') ? document.getElementById(hash.slice(1)) : null;
      const heading = target?.matches('h1, h2, h3, h4, h5, h6') ? target.innerText : '';
      return { apart, section: heading.replace(/\s+/g, ' ').split(/\.\s/)[0]?.trim() ?? '' };
    },
  );
}

/**
 * Sentences that run into the next with no space («Contenido de ejemplo.Esta entrada»), in the text a
 * reader sees: a word, a stop or colon, then a capitalised word.
 */
export async function runTogetherText(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...text.matchAll(/\p{Ll}{2}[.:;,]\p{Lu}\p{Ll}/gu)].map(
    ({ index }) => `«${text.slice(Math.max(0, index - 30), index + 30).replace(/\s+/g, ' ')}»`,
  );
}

/** How much the page is wider than the window, and the elements that stick out. */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => !element.parentElement || element.parentElement.getBoundingClientRect().right <= width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return [`${document.documentElement.scrollWidth} px wide in a ${width} px window: ${outside.join(', ')}`];
  });
}

/** WCAG relative luminance of an sRGB pixel. */
const luminance = (r: number, g: number, b: number): number => {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Pixels of a screenshot, RGBA. */
const pixels = async (png: Buffer): Promise<Buffer> => sharp(png).ensureAlpha().raw().toBuffer();

/**
 * Focus indicators that do not stand out: each element a keyboard reaches is photographed without and
 * with focus, and the pixels focus changed must differ by at least 3:1 from what was there before
 * (the indicator against what surrounds it), over an area of at least a 1 px line around the element.
 * Elements that look alike in the same surroundings are checked once (`seen` carries over pages).
 */
export async function weakFocusIndicators(page: Page, seen = new Set<string>()): Promise<string[]> {
  // One pass in the page: each element a keyboard reaches, focused for a moment to read how it looks then.
  const looks = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, iframe, video[controls], [tabindex]',
      ),
    ]
      .filter(
        (element) =>
          element.tabIndex >= 0 &&
          !element.matches(':disabled') &&
          element.getClientRects().length > 0 &&
          getComputedStyle(element).visibility === 'visible',
      )
      .map((element, index) => {
        element.setAttribute('data-focus-check', String(index));
        element.focus({ preventScroll: true });
        const focused = getComputedStyle(element);
        // What decides how its focus looks: its own focused style, the backgrounds behind it up to the first
        // solid one, any picture in it, and the boxes around it that clip what overflows them.
        const around: string[] = [];
        let solid = false;
        for (let node = element.parentElement; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (!solid) around.push(`${style.backgroundColor} ${style.backgroundImage}`);
          solid ||= !/^rgba\(.*, 0\)$/.test(style.backgroundColor);
          if (style.overflow !== 'visible') around.push(`${node.className} clips`);
        }
        const signature = [
          element.tagName,
          element.getAttribute('type'),
          Boolean(element.querySelector('img, svg, video, picture')),
          ...['outline', 'outline-offset', 'box-shadow', 'background-color', 'border-color', 'color'].map((property) =>
            focused.getPropertyValue(property),
          ),
          ...around,
        ].join('|');
        const visible = element.matches(':focus-visible');
        element.blur();
        return { index, signature, visible };
      }),
  );
  // A page nobody can tab through, or a check that found nothing to look at, must not pass.
  const problems = looks.length === 0 ? ['no element a keyboard reaches was found'] : [];
  for (const { index, signature, visible } of looks) {
    if (seen.has(signature)) continue;
    seen.add(signature);
    const element = page.locator(`[data-focus-check="${index}"]`);
    const look = await element.evaluate((target: HTMLElement) => {
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
      target.focus({ preventScroll: true });
      // Measured focused: a skip link is on screen only then. A link that wraps is one box per line; the
      // indicator must at least match a 1 px line around the largest, as far as it is on screen.
      const box = target.getBoundingClientRect();
      const perimeter = Math.max(
        ...[...target.getClientRects()].map(
          (line) =>
            2 *
            (Math.min(line.right, innerWidth) -
              Math.max(line.left, 0) +
              Math.min(line.bottom, innerHeight) -
              Math.max(line.top, 0)),
        ),
      );
      target.blur();
      const name = (target.getAttribute('aria-label') ?? target.textContent).trim().slice(0, 40);
      return {
        perimeter,
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        label: `${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''}.${[...target.classList].join('.')} «${name}»`,
      };
    });
    if (!visible) {
      problems.push(`${look.label}: focus does not show (:focus-visible does not match)`);
      continue;
    }
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const pad = 10;
    const x = Math.max(0, Math.floor(look.box.x - pad));
    const y = Math.max(0, Math.floor(look.box.y - pad));
    const clip = {
      x,
      y,
      width: Math.min(viewport.width, Math.ceil(look.box.x + look.box.width + pad)) - x,
      height: Math.min(viewport.height, Math.ceil(look.box.y + look.box.height + pad)) - y,
    };
    const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' });
    const before = await pixels(await shot());
    await element.evaluate((target: HTMLElement) => target.focus({ preventScroll: true }));
    const after = await pixels(await shot());
    await element.evaluate((target: HTMLElement) => target.blur());
    let strong = 0;
    let changed = 0;
    for (let p = 0; p < before.length; p += 4) {
      const [r1 = 0, g1 = 0, b1 = 0] = before.subarray(p, p + 3);
      const [r2 = 0, g2 = 0, b2 = 0] = after.subarray(p, p + 3);
      if (r1 === r2 && g1 === g2 && b1 === b2) continue;
      changed += 1;
      if (contrast(luminance(r1, g1, b1), luminance(r2, g2, b2)) >= 3) strong += 1;
    }
    if (strong < look.perimeter) {
      problems.push(
        `${look.label}: ${strong} px of its focus indicator reach 3:1 against what was there (of ${changed} that change; a 1 px line around it is ${Math.round(look.perimeter)})`,
      );
    }
  }
  return problems;
}
