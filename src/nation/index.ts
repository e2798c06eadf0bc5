export { inferNation, findBody, NATION_NAMES } from './infer.js';
export type { NationDecision, NationInput } from './infer.js';
export { bundledBodyList, parseBodyList, bareHost, BODY_LIST_FILE } from './body-list.js';
export { jurisdictionFor } from './jurisdiction.js';
export { nationOfDomain, postcodesByNation } from './hints.js';
export type { BodyEntry, NationBasis } from './types.js';
