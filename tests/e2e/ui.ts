/**
 * The tests' way into our in-page UI. It lives in a **closed** shadow root,
 * which neither the page's scripts nor Playwright's locators can enter; the
 * DevTools protocol can (DOM.describeNode with `pierce`). Reads run a
 * function with the shadow root as `this`; clicks are real mouse clicks at
 * the element's place (trusted events, as the reader's are).
 */
import type { Page } from 'playwright-core';

/** A button's name as a role query would read it: what Playwright's `getByRole(…, { name })` compares. */
export type Name = string | RegExp;

const nameArg = (name: Name) => (typeof name === 'string' ? { source: name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: 'i' } : { source: name.source, flags: name.flags });

/** Run `fn` (a function's source) in the page with our UI's shadow root as `this`; null when there is no UI. */
export async function inUi<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'dvlens-ui' });
    const roots = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      roots.push(...(node.shadowRoots ?? []));
    }
    // Ours is the closed one (a page could plant a <dvlens-ui> of its own); an open one only where there is none
    // (the extension as it was before its root was closed, for checking that the hostile tests fail there).
    const shadow = roots.find((s) => s.shadowRootType === 'closed') ?? roots[0];
    if (shadow) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const r = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fn,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as T;
    }
    return null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** In-page helper source: the visible buttons (and checkboxes) of the root, with their names. */
const CONTROLS = `const controls = (root, role) => Array.from(root.querySelectorAll(role === 'checkbox' ? 'input[type=checkbox]' : 'button'))
  .filter((b) => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden')
  .map((b) => ({ el: b, name: ((role === 'checkbox' ? b.closest('label')?.textContent : null) ?? b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\\s+/g, ' ').trim() }));`;

/** Our UI in `page`, read and clicked through the DevTools protocol. */
export function ui(page: Page) {
  return {
    /** Text of the first element matching `selector` in the UI, or null. */
    text: (selector: string) => inUi<string | null>(page, 'function (s) { return this.querySelector(s)?.textContent ?? null; }', selector),
    /** Texts of every element matching `selector`. */
    texts: async (selector: string) => (await inUi<string[]>(page, 'function (s) { return Array.from(this.querySelectorAll(s), (e) => e.textContent ?? ""); }', selector)) ?? [],
    /** How many elements match `selector` (0 without a UI). */
    count: async (selector: string) => (await inUi<number>(page, 'function (s) { return this.querySelectorAll(s).length; }', selector)) ?? 0,
    /** The names of the visible buttons whose name matches. */
    buttons: async (name: Name) =>
      (await inUi<string[]>(page, `function (n) { ${CONTROLS} const re = new RegExp(n.source, n.flags); return controls(this).filter((c) => re.test(c.name)).map((c) => c.name); }`, nameArg(name))) ?? [],
    /** Click the first visible button (or the `nth` checkbox) whose name matches, with the mouse. */
    async click(name: Name, options: { role?: 'button' | 'checkbox'; nth?: number } = {}) {
      const at = await inUi<{ x: number; y: number } | null>(
        page,
        `function (n, role, nth) { ${CONTROLS} const re = new RegExp(n.source, n.flags); const c = controls(this, role).filter((c) => re.test(c.name))[nth];
          if (!c) return null; c.el.scrollIntoView({ block: 'nearest' }); const r = c.el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`,
        nameArg(name),
        options.role ?? 'button',
        options.nth ?? 0,
      );
      if (!at) throw new Error(`No ${options.role ?? 'button'} named ${String(name)} in the panel.`);
      await page.mouse.click(at.x, at.y);
    },
    /** The name of the focused control inside the UI ('' when the focus is elsewhere). */
    focused: async () =>
      (await inUi<string>(page, 'function () { const a = this.activeElement; return a ? (a.closest("label")?.textContent ?? a.textContent ?? "").trim() : ""; }')) ?? '',
  };
}
