import { defineUnlistedScript } from '#imports';
import { publishFirstRequests } from '../src/pages/popup/first-requests-handover';

// A classic script the popup and the side panel load before their modules: their first requests go out
// while the report's code is still being fetched and compiled.
export default defineUnlistedScript(() => publishFirstRequests());
