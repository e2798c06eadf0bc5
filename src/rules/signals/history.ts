// The claim signal's history guard (outdated-and-wrong-claims guard 4): words that show a sentence is
// about the past, not the current process. A dated past ("before 2018", "until March 2000") and a
// past-tense rule ("the limit was 40 days") are history too. After "previously" or "formerly" a
// pack's lexicon may name words that describe a person rather than the law (`historyGuard.describesPerson`),
// so the pack, not this file, decides which of those are no history words.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The history pattern, with "previously" or "formerly" followed by one of `describesPerson` left out. */
export function historyPattern(describesPerson: readonly string[]): RegExp {
  const notPerson = describesPerson.length ? `(?! (${describesPerson.map(escape).join('|')}))` : '';
  return new RegExp(
    `\\b(replaced|repealed|superseded|no longer|used to|in the past|(previously|formerly)${notPerson}|(until|before|prior to) ((\\d{1,2} )?[a-z]+ )?(19\\d\\d|20[01]\\d)|under the (old|previous|former) (law|act|rules?)|the (old|previous|former) (limit|fee|rule|law)|(limit|fee|rule|charge|deadline) (was|used)|was abolished)\\b`,
    'i',
  );
}

/** How far either side of a claim the history words are looked for, in characters. */
export const HISTORY_REACH = 120;
