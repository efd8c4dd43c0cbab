import { textOf } from '../../dom/element-text';
import type { DocumentLink } from '../../model/person-spec';

const FILE_EXTENSION = /\.(?:pdf|docx?|odt|rtf)$/i;
const NAMED_FILE = /\.(?:pdf|docx?|odt|rtf)\b/i;
const JD_AND_PS = String.raw`job\s+description|person(?:nel)?\s+spec(?:ification)?|job\s+spec(?:ification)?|JD|PS|JDPS`;
const PACKS = String.raw`supporting\s+(?:documents?|information)|information\s+pack|candidate\s+pack|applicant\s+pack`;
// Welsh: "disgrifiad swydd" is a job description, "manyleb y person" a person specification.
const WELSH_JD_AND_PS = String.raw`disgrifiad\s+swydd|manyleb\s+(?:y\s+)?person`;
const DOCUMENT_WORDS = new RegExp(String.raw`\b(?:${JD_AND_PS}|${PACKS}|role\s+profile|${WELSH_JD_AND_PS})\b`, 'i');
const DOWNLOAD_PATH = /download|attachment|document|file|getfile|blob|media|upload/i;
const NOT_A_DOCUMENT = /\b(?:apply|application\s+form\s+online|search|sign\s+in|log\s*in|register)\b/i;

/**
 * The job description / person specification files an advert links to (design: advert pages §1.3,
 * §2): links to .pdf/.docx files, or links named like one that point at a download.
 */
export function findDocumentLinks(doc: Document, pageUrl: URL): DocumentLink[] {
  const found = new Map<string, DocumentLink>();
  for (const link of doc.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    let target: URL;
    try {
      target = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') continue;
    target.hash = '';
    if (target.href === pageUrl.href.split('#')[0]) continue;
    const name = (textOf(link) || link.getAttribute('title') || link.getAttribute('aria-label') || '').trim();
    const file = decodeURIComponent(target.pathname.split('/').pop() ?? '');
    const isFile = FILE_EXTENSION.test(target.pathname) || NAMED_FILE.test(name);
    const isNamedDownload =
      DOCUMENT_WORDS.test(name) &&
      !NOT_A_DOCUMENT.test(name) &&
      (link.hasAttribute('download') || DOWNLOAD_PATH.test(target.pathname + target.search));
    if (!isFile && !isNamedDownload) continue;
    if (!found.has(target.href)) found.set(target.href, { name: name || file || target.href, url: target.href });
  }
  return [...found.values()];
}
