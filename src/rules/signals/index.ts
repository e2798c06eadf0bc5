import type { Check } from '../schema.js';
import { claim } from './claim.js';
import { conceptCount } from './concept-count.js';
import { conceptNear } from './concept-near.js';
import { linkText } from './link-text.js';
import { languageVersion } from './language-version.js';
import { readability } from './readability.js';
import type { CheckResult, SignalInput } from './types.js';

export type { CheckEvidence, CheckResult, SignalInput } from './types.js';

export function runCheck(input: SignalInput, check: Check): CheckResult {
  switch (check.signal) {
    case 'concept-near':
      return conceptNear(input, check);
    case 'concept-count':
      return conceptCount(input, check);
    case 'readability':
      return readability(input, check);
    case 'claim':
      return claim(input, check);
    case 'link-text':
      return linkText(input, check);
    case 'language-version':
      return languageVersion(input, check);
  }
}

/** A short description of what a check looks for, for the report's "where we looked". */
export function describeCheck(check: Check): string {
  switch (check.signal) {
    case 'concept-near': {
      const extra = [
        check.context.length ? `in the context of ${check.context.join(', ')}` : '',
        check.inHeading.length ? `under a heading about ${check.inHeading.join(', ')}` : '',
        check.inDocument.length ? `on a page that also gives ${check.inDocument.join(', ')}` : '',
        check.inTitle.length ? `in a document titled with ${check.inTitle.join(', ')}` : '',
      ].filter(Boolean);
      return `${check.concepts.join(' + ')} within ${check.window} sentence${check.window > 1 ? 's' : ''}${extra.length ? `, ${extra.join(', ')}` : ''}`;
    }
    case 'concept-count':
      return `at least ${check.min} of: ${check.concepts.join(', ')}`;
    case 'readability':
      return `readability: grade <= ${check.maxGrade}, average sentence <= ${check.maxAverageSentence} words, <= ${check.maxWords} words`;
    case 'claim':
      return `claim matching ${check.patterns.map((x) => `/${x}/`).join(' or ')}`;
    case 'link-text':
      return `a link about ${check.concepts.join(' + ')}`;
    case 'language-version':
      return `a version in language "${check.lang}": the page's lang attribute, a link named ${check.anchors.join(' or ') || 'in that language'}, or an address under /${check.lang}/`;
  }
}
