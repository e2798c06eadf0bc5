// A campaigner's information request (`atr-audit foi`) for the evidence an audit could not find in public.
export { buildInformationRequest, lawFor, longDate, threeYearsBefore, type InformationRequest, type RequestItem, type Nation } from './model.js';
export { renderRequestText, renderRequestMarkdown } from './render.js';
export { writeInformationRequest, FOI_FORMATS, FOI_FILE_NAMES, type FoiFormat, type FoiOptions } from './write.js';
