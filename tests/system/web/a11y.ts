/**
 * Accessibility checks for the browser tests: axe-core (a test dependency, injected into the
 * page by the test, never shipped) and the keyboard focus ring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './builtPane';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now, one line each ("rule: target, target"). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's policy allows no inline script.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/** The focused element: what it is, and whether a focus ring is drawn round it. */
export async function focused(page: Page): Promise<{ name: string; ring: boolean; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', ring: false, tag: 'BODY' };
    const style = getComputedStyle(el);
    return {
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      tag: el.tagName,
    };
  });
}
