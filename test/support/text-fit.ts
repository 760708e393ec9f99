/**
 * Text that does not fit, found in a page or frame as Chromium laid it out: text cut by a box that
 * hides its overflow (overflow hidden or clip, with or without an ellipsis), text sticking out of its
 * own box (overflow visible, so it runs over what is beside it), and text beyond the frame's right or
 * left edge where nothing scrolls to it. Horizontal only: the frames grow to their content's height.
 * Text a screen reader alone reads (a visually hidden label: a 1 px box, or clipped by clip or
 * clip-path) is not looked at; neither is text inside a box that scrolls (it can be scrolled to).
 */
import type { Frame, Page } from 'playwright-core';

export interface Misfit {
  /** 'clipped': cut by a box hiding overflow; 'spills': out of its own box; 'off-frame': beyond the frame's edge. */
  kind: 'clipped' | 'spills' | 'off-frame';
  /** The text (its first 80 characters). */
  text: string;
  /** The nearest data-testid around it (else the element's tag), to find it. */
  where: string;
  /** By how many pixels it does not fit. */
  by: number;
}

/** How far text may stick out before it counts (sub-pixel layout, anti-aliasing). */
const TOLERANCE_PX = 1;

/** Every piece of text in the page or frame that does not fit, as a person would see it cut or overlapping. */
export async function textThatDoesNotFit(target: Page | Frame): Promise<Misfit[]> {
  return target.evaluate((tolerance) => {
    const found: { kind: 'clipped' | 'spills' | 'off-frame'; text: string; where: string; by: number }[] = [];
    const styles = new Map<Element, CSSStyleDeclaration>();
    const style = (el: Element) => {
      let s = styles.get(el);
      if (!s) styles.set(el, (s = getComputedStyle(el)));
      return s;
    };
    /** A box only a screen reader reads: 1 px or less, or clipped away by clip or clip-path. */
    const readerOnly = (el: Element) => {
      const s = style(el);
      const r = el.getBoundingClientRect();
      return (s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none') || (s.overflow !== 'visible' && (r.width <= 1 || r.height <= 1));
    };
    const hides = (s: CSSStyleDeclaration) => s.overflowX === 'hidden' || s.overflowX === 'clip';
    const scrolls = (s: CSSStyleDeclaration) => s.overflowX === 'auto' || s.overflowX === 'scroll';
    const where = (el: Element) => el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName.toLowerCase();
    const frameWidth = document.documentElement.clientWidth;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION'].includes(parent.tagName)) continue;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Its own box: the nearest element that is not inline (an inline element's box is its text).
      let box: Element | null = parent;
      while (box && ['inline', 'contents'].includes(style(box).display)) box = box.parentElement;
      let hidden = false;
      let scrolled = false;
      let cut: { by: number; el: Element } | null = null;
      for (let el: Element | null = parent; el && el !== document.documentElement; el = el.parentElement) {
        const s = style(el);
        if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0' || readerOnly(el)) {
          hidden = true;
          break;
        }
        if (scrolls(s)) scrolled = true;
        if (!cut && !scrolled && hides(s)) {
          const r = el.getBoundingClientRect();
          const by = Math.max(rect.right - r.right, r.left - rect.left);
          if (by > tolerance) cut = { by, el };
        }
      }
      if (hidden) continue;
      const snippet = text.slice(0, 80);
      if (cut) {
        found.push({ kind: 'clipped', text: snippet, where: where(cut.el), by: Math.round(cut.by) });
        continue;
      }
      if (box && !hides(style(box)) && !scrolls(style(box))) {
        const r = box.getBoundingClientRect();
        const by = Math.max(rect.right - r.right, r.left - rect.left);
        if (by > tolerance) {
          found.push({ kind: 'spills', text: snippet, where: where(box), by: Math.round(by) });
          continue;
        }
      }
      if (!scrolled) {
        const by = Math.max(rect.right - frameWidth, -rect.left);
        if (by > tolerance) found.push({ kind: 'off-frame', text: snippet, where: where(parent), by: Math.round(by) });
      }
    }
    return found;
  }, TOLERANCE_PX);
}

/**
 * The check's negative control: adds to the page or frame a box that cuts its text with an
 * ellipsis, one whose text runs out of it, and one whose text runs past the frame's right edge;
 * `remove()` takes them away again.
 */
export async function addMisfits(target: Page | Frame): Promise<{ texts: Record<Misfit['kind'], string>; remove: () => Promise<void> }> {
  const texts = { clipped: '[Ţĥîš ţéẋţ îš çûţ öƒƒ]', spills: '[Ţĥîš ţéẋţ ŕûñš öûţ]', 'off-frame': '[Ţĥîš ţéẋţ ŕûñš þášţ ţĥé ƒŕáɱé]' };
  await target.evaluate((t) => {
    const control = document.createElement('div');
    control.id = 'misfit-control';
    control.setAttribute('data-testid', 'misfit-control');
    control.innerHTML = `
      <div style="width: 60px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">${t.clipped}</div>
      <div style="width: 60px; white-space: nowrap">${t.spills}</div>
      <div style="position: relative; width: max-content; white-space: nowrap; left: calc(100vw - 40px)">${t['off-frame']}</div>`;
    document.body.appendChild(control);
  }, texts);
  return { texts, remove: () => target.evaluate(() => document.getElementById('misfit-control')?.remove()) };
}
