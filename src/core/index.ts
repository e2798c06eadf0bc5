export * from './types.js';
export * from './text.js';
export * from './errors.js';
export * from './outputs.js';
export { TOOL_VERSION, DEFAULT_USER_AGENT, GENERATOR_META } from './version.js';
export { suggestedMaxPages } from './budget.js';
export * from './suggest.js';
