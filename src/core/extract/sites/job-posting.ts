import type { AdvertDetails } from './nhs-jobs-details';

/** The parts of a schema.org JobPosting we read. Everything is optional: pages fill it in loosely. */
export type JobPosting = {
  '@type'?: unknown;
  title?: unknown;
  description?: unknown;
  hiringOrganization?: unknown;
  validThrough?: unknown;
  datePosted?: unknown;
  identifier?: unknown;
  baseSalary?: unknown;
  url?: unknown;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;

export function isJobPosting(value: unknown): value is JobPosting {
  if (!isObject(value)) return false;
  const type = value['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

/** The first JobPosting in a JSON-LD value: the value itself, an array, or an @graph. */
export function findPosting(value: unknown, depth = 0): JobPosting | null {
  if (depth > 4) return null;
  if (isJobPosting(value)) return value;
  const items = Array.isArray(value) ? value : isObject(value) && Array.isArray(value['@graph']) ? value['@graph'] : [];
  for (const item of items) {
    const found = findPosting(item, depth + 1);
    if (found) return found;
  }
  return null;
}

const PERIODS: Record<string, string> = {
  YEAR: 'a year',
  MONTH: 'a month',
  WEEK: 'a week',
  DAY: 'a day',
  HOUR: 'an hour',
};
let amounts: Intl.NumberFormat | undefined;
const money = (value: unknown, currency: string) => {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value)
        ? Number(value)
        : null;
  if (n === null) return str(value);
  const symbol = currency === 'GBP' ? '£' : currency ? `${currency} ` : '';
  // One formatter for all: toLocaleString would build a new one for every amount.
  return `${symbol}${(amounts ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })).format(n)}`;
};

const STARTS_WITH_LETTER = /^\p{L}/u;

function salaryOf(base: unknown): string | null {
  if (!isObject(base)) return str(base);
  const currency = str(base.currency) ?? '';
  const value = base.value;
  if (!isObject(value)) return money(value, currency);
  const per = PERIODS[str(value.unitText)?.toUpperCase() ?? ''] ?? '';
  const min = value.minValue !== undefined ? money(value.minValue, currency) : null;
  const max = value.maxValue !== undefined ? money(value.maxValue, currency) : null;
  const single = value.value !== undefined ? money(value.value, currency) : null;
  const amount = min && max ? `${min} to ${max}` : (min ?? max ?? single);
  if (!amount) return null;
  return STARTS_WITH_LETTER.test(amount) ? amount : [amount, per].filter(Boolean).join(' ');
}

const BAND = /\b(?:Band|AfC)\s*(\d(?:\s?[a-d])?)\b/i;

/** Title, employer, closing date, salary, reference and band from a JobPosting. */
export function postingDetails(posting: JobPosting, descriptionText: string): AdvertDetails {
  const title = str(posting.title);
  const organisation = posting.hiringOrganization;
  const closing = str(posting.validThrough);
  const posted = str(posting.datePosted);
  const identifier = posting.identifier;
  const salary = salaryOf(posting.baseSalary);
  const band = BAND.exec(title ?? '') ?? BAND.exec(salary ?? '') ?? BAND.exec(descriptionText);
  return {
    title,
    employer: isObject(organisation) ? str(organisation.name) : str(organisation),
    band: band ? `Band ${band[1]!.replace(/\s/g, '').toLowerCase()}` : null,
    closingDate: closing && /^\d{4}-\d{2}-\d{2}/.test(closing) ? closing.slice(0, 10) : null,
    ...(posted && /^\d{4}-\d{2}-\d{2}/.test(posted) ? { postedDate: posted.slice(0, 10) } : {}),
    reference: isObject(identifier) ? (str(identifier.value) ?? str(identifier.name)) : str(identifier),
    salary,
  };
}
