import { PROFESSIONS } from '../../fixtures/criteria';
import { buildAdvert, type FixtureCategory } from '../../fixtures/nhs-jobs/build-advert';

/**
 * Advert pages for the benchmark, written for the project: the NHS Jobs layout (desktop and mobile
 * copies of the job description and person specification), made of the project's labelled criteria.
 * At 1× a usual advert: six categories, forty criteria, a job description of a few paragraphs; at N×
 * everything N times over (categories, criteria and description), so the page is N times the size.
 */
export const BENCH_URL = 'https://www.jobs.nhs.uk/candidate/jobadvert/C9999-26-0600';

const CATEGORIES = [
  'Qualifications',
  'Experience',
  'Knowledge',
  'Skills and abilities',
  'Personal qualities',
  'Other requirements',
];
/** Criteria per category at 1×, essential then desirable: forty in all. */
const SHAPE: ReadonlyArray<readonly [essential: number, desirable: number]> = [
  [5, 3],
  [5, 3],
  [5, 2],
  [6, 2],
  [4, 1],
  [3, 1],
];

const DUTIES = [
  'The post holder will work as part of the ward team to deliver safe, effective and compassionate care to adults admitted for planned and emergency surgery.',
  'You will assess, plan, implement and evaluate care for a group of patients, keep accurate records and hand over clearly at the end of each shift.',
  'You will take charge of the ward when required, supporting junior colleagues, students and support workers, and escalating concerns to the nurse in charge.',
  'The ward has twenty-eight beds and works closely with the theatres, the critical care outreach team and the discharge coordinators.',
  'We offer a structured preceptorship for newly registered staff, protected study time and access to post-registration courses at the local university.',
  'You will take part in audits of practice, help to put right what they find and share what you learn at the monthly team meeting.',
  'Flexible working is welcome: the ward runs long days and nights, and part-time patterns can be discussed at interview.',
  'Informal visits are encouraged; please contact the ward manager to arrange a time that suits you.',
].join('\n');

/** Every labelled criterion once, professions interleaved so that each advert mixes them. */
function criteriaInOrder(): string[] {
  const lists = PROFESSIONS.map((p) => [...p.criteria, ...p.heldOut, ...p.unseen].map(([text]) => text));
  const longest = Math.max(...lists.map((l) => l.length));
  const order: string[] = [];
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) order.push(list[i]!);
  return order;
}

/** The benchmark advert at `scale` times its usual size. */
export function benchAdvert(scale: number): string {
  const texts = criteriaInOrder();
  let next = 0;
  const take = (n: number) => Array.from({ length: n }, () => texts[next++ % texts.length]!);
  const categories: FixtureCategory[] = [];
  for (let copy = 0; copy < scale; copy++) {
    CATEGORIES.forEach((label, i) => {
      const [essential, desirable] = SHAPE[i]!;
      categories.push({ label, essential: take(essential), desirable: take(desirable) });
    });
  }
  return buildAdvert({
    title: 'Staff Nurse, Surgical Ward',
    employer: 'Benchmark NHS Foundation Trust',
    band: 'Band 5',
    reference: 'C9999-26-0600',
    description: Array.from({ length: scale }, () => DUTIES).join('\n'),
    categories,
  });
}
