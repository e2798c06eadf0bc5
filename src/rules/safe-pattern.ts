// A conservative static check for rule patterns that can backtrack catastrophically (ReDoS). A
// JavaScript regex backtracks: `^(a+)+$` on "aaaa…a!" tries every way of splitting the a's, and
// an audit would hang on one page. Two shapes cause that exponential blow-up, and both are refused:
//   1. a repeated part holding something that itself repeats a varying number of times:
//      (a+)+  (.*)*  (\w+\s?)+  (a{1,5})+  (x+x+)+
//   2. a repeated choice whose alternatives can start with the same character:
//      (a|a)*  (\w|\d)+  (a|b|ab)*  (?:x|\w)+
// It may refuse a pattern that would in fact be fast; the hint says how to rewrite. Patterns still
// run with a time budget at audit time (pattern-runner.ts) for whatever this does not see.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export interface PatternRisk {
  /** what is wrong, quoting the part of the pattern */
  message: string;
  hint: string;
}

type Node = AST.Element | AST.Alternative;

/** Characters tried when asking whether two first characters can be the same. */
const SAMPLE: string[] = (() => {
  const out: string[] = [...'abcdefghijklmnopqrstuvwxyz0123456789 ', '\t', '\n', '\r', '\u00a0', '\u2013', '\u2019', '\u201c', '\u212a', '\u0430', '\u4e00', '\u3000', '\u{1f600}'];
  for (let c = 0x20; c < 0x180; c++) out.push(String.fromCodePoint(c));
  return [...new Set(out)];
})();

const testers = new Map<string, RegExp>();
function oneChar(raw: string): RegExp {
  let r = testers.get(raw);
  if (!r) {
    r = new RegExp(`^(?:${raw})$`, 'iu');
    testers.set(raw, r);
  }
  return r;
}

/** A first character: the source of a one-character pattern, or ANY (a backreference). */
const ANY = Symbol('any');
type Atom = string | typeof ANY;

interface First {
  atoms: Atom[];
  /** the sequence can match the empty string */
  nullable: boolean;
}

function firstOfSequence(elements: readonly AST.Element[]): First {
  const atoms: Atom[] = [];
  for (const el of elements) {
    const f = firstOfElement(el);
    atoms.push(...f.atoms);
    if (!f.nullable) return { atoms, nullable: false };
  }
  return { atoms, nullable: true };
}

function firstOfAlternatives(alternatives: readonly AST.Alternative[]): First {
  const all = alternatives.map((a) => firstOfSequence(a.elements));
  return { atoms: all.flatMap((f) => f.atoms), nullable: all.some((f) => f.nullable) };
}

function firstOfElement(el: AST.Element): First {
  switch (el.type) {
    case 'Character':
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return { atoms: [el.raw], nullable: false };
    case 'Group':
    case 'CapturingGroup':
      return firstOfAlternatives(el.alternatives);
    case 'Quantifier': {
      const inner = firstOfElement(el.element);
      return { atoms: inner.atoms, nullable: el.min === 0 || inner.nullable };
    }
    case 'Backreference':
      return { atoms: [ANY], nullable: true };
    default:
      // assertions (^ $ \b and lookarounds) match no character
      return { atoms: [], nullable: true };
  }
}

function atomsMeet(a: Atom[], b: Atom[]): string | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  if (a.includes(ANY) || b.includes(ANY)) return 'any character';
  for (const ch of SAMPLE) {
    if (a.some((x) => oneChar(x as string).test(ch)) && b.some((x) => oneChar(x as string).test(ch))) return JSON.stringify(ch);
  }
  return undefined;
}

/** Every node below `node` (not itself). */
function* descendants(node: Node): Generator<AST.Element> {
  const kids: AST.Element[] =
    node.type === 'Alternative'
      ? node.elements
      : node.type === 'Group' || node.type === 'CapturingGroup' || (node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind'))
        ? node.alternatives.flatMap((a) => a.elements)
        : node.type === 'Quantifier'
          ? [node.element]
          : [];
  for (const k of kids) {
    yield k;
    yield* descendants(k);
  }
}

/** The choice a repeat repeats, looking through groups of one alternative of one element. */
function choiceOf(el: AST.Element): readonly AST.Alternative[] | undefined {
  let cur: AST.Element = el;
  while (cur.type === 'Group' || cur.type === 'CapturingGroup') {
    if (cur.alternatives.length > 1) return cur.alternatives;
    const only = cur.alternatives[0]!.elements;
    if (only.length !== 1) return undefined;
    cur = only[0]!;
  }
  return undefined;
}

const quote = (raw: string): string => (raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);

const ONE_CHAR = new Set(['Character', 'CharacterSet', 'CharacterClass', 'ExpressionCharacterClass']);

/**
 * Whether a varying inner repeat has only one way to split the text: it repeats one character
 * kind that cannot also start what follows it in the loop body (wrapping round to the body's
 * start when the rest can be empty), as in (\w+\s+){0,2} or (?:\d{1,3},)+.
 */
function splitIsForced(inner: AST.Quantifier, body: readonly (readonly AST.Element[])[], bodyFirst: Atom[]): boolean {
  if (!ONE_CHAR.has(inner.element.type)) return false;
  for (const seq of body) {
    const i = seq.indexOf(inner);
    if (i < 0) continue;
    const rest = firstOfSequence(seq.slice(i + 1));
    const next = rest.nullable ? [...rest.atoms, ...bodyFirst] : rest.atoms;
    return atomsMeet([inner.element.raw], next) === undefined;
  }
  return false; // deeper inside the body: not judged, so refused
}

function quantifierRisk(q: AST.Quantifier): PatternRisk | undefined {
  if (q.max <= 1) return undefined;
  const body = q.element.type === 'Group' || q.element.type === 'CapturingGroup' ? q.element.alternatives.map((a) => a.elements) : [[q.element]];
  const bodyFirst = firstOfElement(q.element).atoms;
  for (const inner of descendants(q)) {
    if (inner.type === 'Quantifier' && inner.max > inner.min && !splitIsForced(inner, body, bodyFirst)) {
      return {
        message: `nested quantifier: ${quote(q.raw)} repeats ${quote(inner.raw)}, which itself matches a varying length, so a near-miss tries exponentially many splits`,
        hint: 'repeat a part of fixed length, or take the inner repeat out of the group, e.g. (a+)+ -> a+ and (\\w+\\s?)+ -> [\\w\\s]+',
      };
    }
  }
  const alternatives = choiceOf(q.element);
  if (!alternatives) return undefined;
  const firsts = alternatives.map((a) => firstOfSequence(a.elements).atoms);
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      const shared = atomsMeet(firsts[i]!, firsts[j]!);
      if (shared) {
        return {
          message: `overlapping alternatives under a repeat: in ${quote(q.raw)}, ${quote(alternatives[i]!.raw || '(empty)')} and ${quote(alternatives[j]!.raw || '(empty)')} can both start with ${shared}, so a near-miss tries exponentially many paths`,
          hint: 'make the alternatives start differently (a|ab)* -> a(b)?..., merge them into one character class (\\w|\\d)+ -> \\w+, or drop the repeat',
        };
      }
    }
  }
  return undefined;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Why a rule pattern (run with the i and u flags) may backtrack catastrophically, or undefined.
 * A pattern that does not parse is left to the compile check.
 */
export function patternRisk(source: string): PatternRisk | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined;
  }
  for (const alt of pattern.alternatives) {
    for (const el of [...alt.elements, ...descendants(alt)]) {
      if (el.type !== 'Quantifier') continue;
      const risk = quantifierRisk(el);
      if (risk) return risk;
    }
  }
  return undefined;
}
