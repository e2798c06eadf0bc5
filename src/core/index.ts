export * from './types.js';
export * from './text.js';
export * from './errors.js';
export { TOOL_VERSION, DEFAULT_USER_AGENT } from './version.js';
export { confinePath, confineName, pathProblem, PathEscapeError, readDataFile } from './confine-path.js';
export type { ConfineOptions } from './confine-path.js';
export * from './self-check-types.js';
