import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '@/components/library/VirtualList';

describe('the windowed list', () => {
  it('renders only the rows in view out of 10,000, and follows scrolling', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    await act(() => {
      render(<VirtualList count={10_000} rowHeight={76} label="Clips" row={(i) => <span>Bài số {i}</span>} />, root);
    });
    const list = root.querySelector('ul[aria-label="Clips"]') as HTMLElement;
    expect(list.style.height).toBe(`${10_000 * 76}px`);
    const shown = () => Array.from(root.querySelectorAll('li')).map((li) => li.textContent);
    expect(shown().length).toBeLessThan(30);
    expect(shown()[0]).toBe('Bài số 0');
    const box = root.querySelector('.vlist') as HTMLElement;
    await act(() => {
      box.scrollTop = 5000 * 76;
      box.dispatchEvent(new Event('scroll'));
    });
    expect(shown()).toContain('Bài số 5000');
    expect(shown().length).toBeLessThan(30);
    expect(root.querySelector('li[aria-posinset="5001"]')?.getAttribute('aria-setsize')).toBe('10000');
  });
});
