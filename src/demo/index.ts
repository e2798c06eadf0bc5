export {
  listFixtureSites,
  serveSite,
  serveFixture,
  resolveSitePath,
  type FixtureSite,
  type ExpectedVerdicts,
  type ServedSite,
  type ServeOptions,
  type HeaderOverrides,
  type Redirects,
} from './fixture-server.js';
export { runDemo, type DemoResult } from './run-demo.js';
