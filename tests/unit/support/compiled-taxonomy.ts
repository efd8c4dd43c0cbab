import { taxonomyFileBytes } from '../../../scripts/build/compiled-taxonomy';

/** What the build's `virtual:compiled-taxonomy` loads: the built file's bytes, made the same way for the tests. */
const bytes = taxonomyFileBytes();
export default () => Promise.resolve(bytes.slice().buffer);
