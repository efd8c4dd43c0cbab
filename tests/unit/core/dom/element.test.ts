import { describe, expect, it, vi } from 'vitest';
import { elementBuilder } from '../../../../src/core/dom/element';

describe('elementBuilder', () => {
  const h = elementBuilder(document);

  it('sets attributes, listeners and children', () => {
    const onclick = vi.fn();
    const button = h('button', { type: 'button', class: 'next', onclick }, 'Next ', h('b', {}, 'gap'));
    expect(button.outerHTML).toBe('<button type="button" class="next">Next <b>gap</b></button>');
    button.click();
    expect(onclick).toHaveBeenCalledOnce();
  });

  it('sets text as text, never as markup', () => {
    const p = h('p', { title: '"><img src=x>' }, '<img src=x onerror=alert(1)>');
    expect(p.children).toHaveLength(0);
    expect(p.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(p.getAttribute('title')).toBe('"><img src=x>');
  });
});
