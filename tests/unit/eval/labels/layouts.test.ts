import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../eval/labels/layouts';

describe('how an advert states its requirements', () => {
  it('prefers heading lines to inline markers, markers to a lead-in, and says none when there is nothing', () => {
    expect(layoutOf(['About the role', 'Essential criteria:', 'Registered nurse', 'Desirable', 'ILS'])).toBe(
      'heading-lines',
    );
    expect(layoutOf(['You will have a degree.', 'Phlebotomy skills (D)'])).toBe('inline-markers');
    expect(layoutOf(['We are looking for a nurse with theatre experience.'])).toBe('requirement-list');
    expect(layoutOf(['Come and join our friendly team.', 'Free parking on site.'])).toBe('none');
  });

  it('does not take a sentence that mentions essential care for a heading', () => {
    expect(layoutOf(['We provide essential care to older people.'])).toBe('inline-markers');
    expect(layoutOf(['Essential Skills:'])).toBe('heading-lines');
  });
});
