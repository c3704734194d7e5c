/** What lib/popup/search-engine.ts loads on demand: everything the popup's search runs. */
export { buildSearchIndex, searchIndex } from '../search/search-index';
export { searchRecordsFrom } from '../search/search-records';
