export * from './types.js';
export * from './text.js';
export * from './errors.js';
export * from './outputs.js';
export { TOOL_VERSION, DEFAULT_USER_AGENT, GENERATOR_META } from './version.js';
export { suggestedMaxPages } from './budget.js';
export * from './suggest.js';
export { confinePath, confineName, pathProblem, PathEscapeError, readDataFile } from './confine-path.js';
export type { ConfineOptions } from './confine-path.js';
