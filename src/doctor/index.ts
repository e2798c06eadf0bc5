export { runDoctor, formatChecks, checkNode, checkProxy, checkReach, checkWritable, type Check, type DoctorOptions, type DoctorDeps } from './checks.js';
