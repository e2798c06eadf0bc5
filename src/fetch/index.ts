export type { BodyStore, HttpClient, HttpGetOptions, HttpResponse } from './types.js';
export { createHttpClient } from './http-client.js';
export { FetchError, isFetchError, type FetchErrorKind } from './fetch-error.js';
export { sniffKind, isUnsupportedDocument, mediaType } from './sniff-kind.js';
export { createDirBodyStore, createMemoryBodyStore } from './body-store.js';
