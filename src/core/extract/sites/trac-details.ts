import { textOf } from '../../dom/element-text';
import { readBudget, type ReadBudget } from '../../dom/read-budget';
import { parseDate } from '../parse-date';
import type { AdvertDetails } from './nhs-jobs-details';

const PERIODS: Record<string, string> = {
  yearly: 'a year',
  annum: 'a year',
  annually: 'a year',
  year: 'a year',
  'per annum': 'a year',
  monthly: 'a month',
  month: 'a month',
  weekly: 'a week',
  week: 'a week',
  hourly: 'an hour',
  hour: 'an hour',
  daily: 'a day',
  day: 'a day',
  session: 'a session',
};

/** The summary list of a Trac board advert (`#hj-job-summary dl`: Grade, Closing, Job ref, Employer …). */
export function readTracSummary(doc: Document, budget: ReadBudget = readBudget()): Map<string, string> {
  const fields = new Map<string, string>();
  for (const term of doc.querySelectorAll('#hj-job-summary dt')) {
    let value = term.nextElementSibling;
    while (value && value.tagName.toUpperCase() !== 'DD' && value.tagName.toUpperCase() !== 'DT')
      value = value.nextElementSibling;
    if (!value || value.tagName.toUpperCase() !== 'DD') continue;
    const label = textOf(term, budget)
      .replace(/[:\s]+$/, '')
      .toLowerCase();
    const text = textOf(value, budget);
    if (label && text && !fields.has(label)) fields.set(label, text);
  }
  return fields;
}

const field = (fields: Map<string, string>, ...labels: string[]): string | null => {
  for (const label of labels) {
    const value = fields.get(label);
    if (value) return value;
  }
  return null;
};

/** HealthJobsUK / nhsjobs.com advert details (design: advert pages §2). */
export function readTracDetails(doc: Document, budget: ReadBudget = readBudget()): AdvertDetails {
  const fields = readTracSummary(doc, budget);
  const closing = field(fields, 'closing', 'closing date', 'closes');
  const salary = field(fields, 'salary');
  const period = field(fields, 'salary period');
  const per = period ? (PERIODS[period.toLowerCase()] ?? period.toLowerCase()) : null;
  return {
    title:
      textOf(doc.querySelector('.hj-job-title > h2, .hj-job-title h1, .hj-job-title'), budget) ||
      textOf(doc.querySelector('h1'), budget) ||
      null,
    employer: field(fields, 'employer'),
    band: field(fields, 'grade', 'band'),
    closingDate: closing ? parseDate(closing) : null,
    reference: field(fields, 'job ref', 'job reference', 'reference'),
    salary: salary ? (per && !salary.toLowerCase().includes(per) ? `${salary} ${per}` : salary) : null,
  };
}
