/** A document that cannot be read, with a message for the user. */
export class DocumentError extends Error {
  override name = 'DocumentError';
}
