import type { Nation } from '../core/index.js';
export type { NationBasis } from '../core/index.js';

/** One row of the bundled body list (data/uk-childrens-services-authorities.csv). */
export interface BodyEntry {
  code: string;
  name: string;
  nation: Nation;
  /** the list's type column, e.g. unitary, welsh-council, hsc-trust */
  type: string;
  /** homepage host without a leading www. */
  host: string;
}
