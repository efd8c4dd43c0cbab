import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Phrasings written for the tests: a client group named by what its people have, not by a listed specialty. */
const anchors = (text: string) => ruleIds(text).filter((id) => id.startsWith('exp-'));

describe('experience of a client group named by what its people have', () => {
  it.each([
    'Experience of working with adults who have a stammer',
    'Experience of running groups for men recovering from heart surgery',
    'Background in caring for teenagers presenting with self-harm',
    'You will have worked with residents with severe sight loss',
    'Experience of organising clinics for children with disabilities',
    // Through an activity as well: the people it is done for are the group.
    'Experience of managing patients with epilepsy and motor neurone disease',
  ])('%s: specialty experience', (text) => {
    expect(anchors(text)).toContain('exp-specialty');
  });

  it.each([
    // The help given, not what the people have.
    'Experience of helping patients with their meals',
    // Only how serious or how many: no group is named.
    'Experience of supporting clients with complex needs',
    'Experience of managing a wide range of patients with various conditions',
    // Colleagues are no client group.
    'Experience of working with staff with different backgrounds',
    // The ask turns to a purpose before the people.
    'Experience to help people with sight loss is not needed',
  ])('%s: no specialty experience', (text) => {
    expect(anchors(text)).not.toContain('exp-specialty');
  });
});
