import { textOf } from '../../dom/element-text';
import { parseDate } from '../parse-date';

export type AdvertDetails = {
  title: string | null;
  employer: string | null;
  band: string | null;
  closingDate: string | null;
  reference: string | null;
  salary: string | null;
};

const first = (doc: Document, selectors: string): string | null => {
  for (const element of doc.querySelectorAll(selectors)) {
    const text = textOf(element);
    if (text) return text;
  }
  return null;
};

/** The advert's summary fields, by the ids NHS Jobs gives them (advert-pages §1.2). */
export function readNhsJobsDetails(doc: Document): AdvertDetails {
  const closing = first(doc, '#closing_date');
  return {
    title: first(doc, 'h1#heading'),
    employer: first(doc, '#employer_name'),
    band: first(doc, '#payscheme-band'),
    closingDate: closing ? parseDate(closing) : null,
    reference: first(doc, '#trac-job-reference, #job_reference_number'),
    salary: first(doc, '#range_salary, #fixed_salary, #negotiable_salary'),
  };
}
