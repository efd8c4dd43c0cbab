/** A full page parsed into its own Document (happy-dom's DOMParser in unit tests). */
export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
