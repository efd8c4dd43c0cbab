import { textOf } from '../../dom/element-text';
import { readBudget, type ReadBudget } from '../../dom/read-budget';
import { parseDate } from '../parse-date';

export type AdvertDetails = {
  title: string | null;
  employer: string | null;
  band: string | null;
  closingDate: string | null;
  /** Present when the page gives it. */
  postedDate?: string;
  reference: string | null;
  salary: string | null;
};

const first = (doc: Document, selectors: string, budget: ReadBudget): string | null => {
  for (const element of doc.querySelectorAll(selectors)) {
    const text = textOf(element, budget);
    if (text) return text;
  }
  return null;
};

/** The advert's summary fields, by the ids NHS Jobs gives them (advert-pages §1.2). */
export function readNhsJobsDetails(doc: Document, budget: ReadBudget = readBudget()): AdvertDetails {
  const read = (selectors: string) => first(doc, selectors, budget);
  const closing = read('#closing_date');
  const posted = read('#date_posted');
  const postedDate = posted ? parseDate(posted) : null;
  return {
    title: read('h1#heading'),
    employer: read('#employer_name'),
    band: read('#payscheme-band'),
    closingDate: closing ? parseDate(closing) : null,
    ...(postedDate ? { postedDate } : {}),
    reference: read('#trac-job-reference, #job_reference_number'),
    salary: read('#range_salary, #fixed_salary, #negotiable_salary'),
  };
}
