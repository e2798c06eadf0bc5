import type { ClassifiedDocument, Classification, ExtractedDocument, OrgType } from '../core/index.js';
import { compileConcept, documentFromText, type Concept, type ExampleFailure, type LoadedPack } from '../rules/index.js';
import type { ClassZone, CompiledClassRule, CompiledClassRules, Expr } from '../rules/index.js';
import { evalExpr } from '../rules/index.js';
import { type ConceptHits, Zone, describeHits, nearCount } from './match.js';

/** What the classifier needs of a pack: its lexicon, groups and class rules. */
export type ClassSource = Pick<LoadedPack, 'lexicon' | 'groups' | 'classRules' | 'def'>;

export interface ClassifyContext {
  pack: ClassSource;
  /** the text of the link that led to the document (part of its headline) */
  anchorText?: string;
  orgType?: OrgType;
}

function urlPathWords(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname).replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[/_.-]+/g, ' ');
  } catch {
    return '';
  }
}

const EMPTY = new Map<string, Concept>();

/** One document read for the class rules: zones tokenised on first use, measures computed once. */
class DocumentMeasures {
  private readonly zones = new Map<ClassZone, Zone>();
  private readonly hits = new Map<string, ConceptHits>();
  private readonly values = new Map<string, number>();
  /** concept hits read so far, for the reasons: "description: 'phrase' x2" */
  readonly seen = new Map<string, { concept: Concept; zone: ClassZone; hits: ConceptHits }>();

  constructor(
    private readonly doc: ExtractedDocument,
    private readonly rules: CompiledClassRules,
    private readonly pack: ClassSource,
    private readonly anchorText: string,
    private readonly orgType: OrgType,
  ) {}

  private zoneText(z: ClassZone): string {
    const d = this.doc;
    switch (z) {
      case 'body':
        return d.text || d.title;
      case 'headings':
        return d.blocks.filter((b) => b.isHeading).map((b) => b.text).join(' | ');
      case 'headline':
        return [d.title, d.blocks.find((b) => b.isHeading)?.text ?? '', this.anchorText].join(' | ');
      case 'place':
        return `${urlPathWords(d.url)} | ${d.breadcrumb.join(' | ')}`;
      case 'title':
        return d.title;
      case 'url':
        return urlPathWords(d.url);
      case 'anchor':
        return this.anchorText;
    }
  }

  private zone(z: ClassZone): Zone {
    let zone = this.zones.get(z);
    if (!zone) this.zones.set(z, (zone = new Zone(this.zoneText(z))));
    return zone;
  }

  private concept(id: string): Concept {
    const c = this.pack.lexicon.get(id);
    if (c) return c;
    let e = EMPTY.get(id);
    if (!e) EMPTY.set(id, (e = compileConcept(id, [])));
    return e;
  }

  find(id: string, z: ClassZone): ConceptHits {
    const key = `${id}\u0000${z}`;
    let h = this.hits.get(key);
    if (!h) {
      const concept = this.concept(id);
      this.hits.set(key, (h = this.zone(z).find(concept)));
      if (h.total > 0) this.seen.set(key, { concept, zone: z, hits: h });
    }
    return h;
  }

  private builtin(n: string): number | undefined {
    const d = this.doc;
    switch (n) {
      case 'wordCount':
        return d.wordCount;
      case 'headingCount':
        return d.blocks.filter((b) => b.isHeading).length;
      case 'linkCount':
        return d.links.length;
      case 'paragraphWords':
        return d.blocks.filter((b) => !b.isHeading).reduce((n, b) => n + b.text.split(/\s+/).length, 0);
    }
    return undefined;
  }

  value(n: string): number {
    const known = this.values.get(n);
    if (known !== undefined) return known;
    let v = this.builtin(n);
    if (v === undefined) {
      const m = this.rules.measures.get(n);
      if (m) v = this.eval(m);
      else {
        const p = this.rules.patterns.get(n)!;
        const text = p.in === 'opening' ? this.doc.blocks.slice(0, 4).map((b) => b.text).join('\n') : this.doc.text;
        v = text.match(p.regex)?.length ?? 0;
      }
    }
    this.values.set(n, v);
    return v;
  }

  eval(e: Expr): number {
    const nameOf = (x: Expr): string => (x.op === 'name' ? x.name : '');
    return evalExpr(
      e,
      (n) => this.value(n),
      (fn, args, ev) => {
        switch (fn) {
          case 'count':
            return this.find(nameOf(args[0]!), nameOf(args[1]!) as ClassZone).total;
          case 'distinct':
            return this.find(nameOf(args[0]!), nameOf(args[1]!) as ClassZone).byPhrase.size;
          case 'groupCount': {
            const zone = nameOf(args[1]!) as ClassZone;
            return (this.pack.groups.get(nameOf(args[0]!))?.concepts ?? []).filter((c) => this.find(c, zone).total > 0).length;
          }
          case 'near': {
            const zone = nameOf(args[1]!) as ClassZone;
            const others = args.slice(3).flatMap((a) => this.find(nameOf(a), zone).positions);
            return nearCount(this.find(nameOf(args[0]!), zone).positions, others, ev(args[2]!));
          }
          case 'kind':
            return args.some((a) => nameOf(a) === this.doc.kind) ? 1 : 0;
          case 'orgType':
            return nameOf(args[0]!) === this.orgType ? 1 : 0;
          case 'max':
            return Math.max(...args.map(ev));
          case 'min':
            return Math.min(...args.map(ev));
          case 'if':
            return ev(args[0]!) !== 0 ? ev(args[1]!) : ev(args[2]!);
        }
        throw new Error(`unknown class function ${fn}`);
      },
    );
  }

  /** The rule's reason, then each concept found while deciding, with its phrases. */
  reasons(rule: { reason: string }): string[] {
    return [rule.reason, ...[...this.seen.values()].map((s) => `${s.concept.description ?? s.concept.id} (${s.zone}): ${describeHits(s.hits)}`)];
  }
}

function confidenceOf(strength: number): number {
  return Math.round(Math.min(0.95, Math.max(0.3, 0.4 + 0.1 * strength)) * 100) / 100;
}

/** The first rule whose `when` holds (the last has none). */
function firstRule(m: DocumentMeasures, rules: CompiledClassRule[]): CompiledClassRule {
  return rules.find((rule) => !rule.when || m.eval(rule.when) !== 0) ?? rules.at(-1)!;
}

/** Classify a document by the pack's ordered class rules: the first topic rule and the first type rule that hold. */
export function classifyDocument(doc: ExtractedDocument, context: ClassifyContext): Classification {
  const rules = context.pack.classRules;
  const { topics, docTypes } = context.pack.def.classes;
  if (!rules) return { topic: topics.at(-1)!.id, docType: docTypes.at(-1)!.id, confidence: 0.5, reasons: ['the pack has no class rules'] };
  const m = new DocumentMeasures(doc, rules, context.pack, context.anchorText ?? '', context.orgType ?? 'local-authority');
  const topic = firstRule(m, rules.topics);
  const confidence = topic.confidence ?? (topic.strength ? confidenceOf(m.eval(topic.strength)) : 0.5);
  const reasons = m.reasons(topic);
  const type = firstRule(m, rules.docTypes);
  return { topic: topic.class, docType: type.class, confidence, reasons: [...reasons, `type: ${type.reason}`] };
}

/**
 * The pack's `linked` rules: an attachment (say a PDF leaflet about "your records") classed with
 * one topic and linked from a page of another takes that page's topic when its own text says so.
 * The attachment is judged on its own text, without the link text that led to it. Returns the
 * documents in the order given.
 */
export function inheritTopicFromLinks(docs: ClassifiedDocument[], pack: ClassSource): ClassifiedDocument[] {
  const linked = pack.classRules?.linked ?? [];
  if (linked.length === 0) return docs;
  const linkedFrom = new Map(linked.map((l) => [l.from, new Set(docs.filter((d) => d.classification.topic === l.from).flatMap((d) => d.links.map((x) => stripHash(x.url))))]));
  return docs.map((doc) => {
    for (const l of linked) {
      if (doc.classification.topic !== l.topic || !l.kinds.includes(doc.kind)) continue;
      if (!linkedFrom.get(l.from)!.has(stripHash(doc.url))) continue;
      const m = new DocumentMeasures(doc, pack.classRules!, pack, '', 'local-authority');
      if (m.eval(l.when) === 0) continue;
      return { ...doc, classification: { ...doc.classification, topic: l.becomes, reasons: [...doc.classification.reasons, l.reason] } };
    }
    return doc;
  });
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Run each class rule's examples: a `match` text must get the rule's class, a `no_match` text must not. */
export function runClassExamples(pack: ClassSource): { passed: number; failures: ExampleFailure[] } {
  const failures: ExampleFailure[] = [];
  let passed = 0;
  const rules = pack.classRules;
  if (!rules) return { passed, failures };
  for (const [axis, list] of [['topic', rules.topics], ['docType', rules.docTypes]] as const) {
    list.forEach((rule, i) => {
      for (const expected of ['match', 'no_match'] as const) {
        for (const example of rule.examples[expected]) {
          const got = classifyDocument(documentFromText(example), { pack })[axis];
          if ((got === rule.class) === (expected === 'match')) passed++;
          else failures.push({ ruleId: `${pack.def.id}/${axis === 'topic' ? 'topics' : 'docTypes'}[${i + 1}] ${rule.class} (got ${got})`, file: rules.file, expected, example });
        }
      }
    });
  }
  return { passed, failures };
}
