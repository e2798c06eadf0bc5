// The small expression language of a pack's class rules (classes.yaml): numbers measured on a
// document, compared and combined. Grammar (lowest precedence first):
//   expr  := or ;  or := and ("or" and)* ;  and := not ("and" not)* ;  not := "not" not | cmp
//   cmp   := sum ((">=" | ">" | "<=" | "<" | "==" | "!=") sum)?
//   sum   := prod (("+" | "-") prod)* ;  prod := unary (("*" | "/") unary)* ;  unary := "-" unary | atom
//   atom  := number | name | name "(" args ")" | "(" expr ")"
// A name may hold letters, digits, "_" and "-" (concept ids are names), so subtraction needs spaces
// ("a - b"). Booleans are numbers: a comparison, `and`, `or` and `not` give 1 or 0, and any
// non-zero number is true. x / 0 is 0.

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'name'; name: string; at: number }
  | { op: 'call'; fn: string; args: Expr[]; at: number }
  | { op: 'not' | 'neg'; arg: Expr }
  | { op: 'and' | 'or' | '+' | '-' | '*' | '/' | '>=' | '>' | '<=' | '<' | '==' | '!='; left: Expr; right: Expr };

export class ExprError extends Error {
  constructor(
    message: string,
    /** character offset in the expression */
    readonly at: number,
  ) {
    super(message);
  }
}

interface Tok {
  kind: 'num' | 'name' | 'sym' | 'end';
  text: string;
  at: number;
}

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*)|(>=|<=|==|!=|[-+*/()<>,]))/y;
  let i = 0;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(i))) break;
      const at = i + (src.slice(i).length - src.slice(i).trimStart().length);
      throw new ExprError(`unexpected character ${JSON.stringify(src[at])}`, at);
    }
    const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3])!.length;
    if (m[1] !== undefined) out.push({ kind: 'num', text: m[1], at });
    else if (m[2] !== undefined) out.push({ kind: 'name', text: m[2], at });
    else out.push({ kind: 'sym', text: m[3]!, at });
    i = re.lastIndex;
  }
  out.push({ kind: 'end', text: '', at: src.length });
  return out;
}

/** Parse an expression; throws ExprError with the offset of the problem. */
export function parseExpr(src: string): Expr {
  const toks = lex(src);
  let p = 0;
  const peek = (): Tok => toks[p]!;
  const isWord = (w: string): boolean => peek().kind === 'name' && peek().text === w;
  const isSym = (s: string): boolean => peek().kind === 'sym' && peek().text === s;
  const expect = (s: string): void => {
    if (!isSym(s)) throw new ExprError(`expected "${s}"${peek().kind === 'end' ? ' at the end' : ` before "${peek().text}"`}`, peek().at);
    p++;
  };
  const or = (): Expr => {
    let left = and();
    while (isWord('or')) {
      p++;
      left = { op: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): Expr => {
    let left = not();
    while (isWord('and')) {
      p++;
      left = { op: 'and', left, right: not() };
    }
    return left;
  };
  const not = (): Expr => {
    if (isWord('not')) return (p++, { op: 'not', arg: not() });
    return cmp();
  };
  const cmp = (): Expr => {
    const left = sum();
    for (const op of ['>=', '>', '<=', '<', '==', '!='] as const) {
      if (isSym(op)) return (p++, { op, left, right: sum() });
    }
    return left;
  };
  const sum = (): Expr => {
    let left = prod();
    while (isSym('+') || isSym('-')) {
      const op = toks[p++]!.text as '+' | '-';
      left = { op, left, right: prod() };
    }
    return left;
  };
  const prod = (): Expr => {
    let left = unary();
    while (isSym('*') || isSym('/')) {
      const op = toks[p++]!.text as '*' | '/';
      left = { op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => (isSym('-') ? (p++, { op: 'neg', arg: unary() }) : atom());
  const atom = (): Expr => {
    const t = peek();
    if (t.kind === 'num') return (p++, { op: 'num', value: Number(t.text) });
    if (isSym('(')) {
      p++;
      const e = or();
      expect(')');
      return e;
    }
    if (t.kind === 'name' && !['and', 'or', 'not'].includes(t.text)) {
      p++;
      if (!isSym('(')) return { op: 'name', name: t.text, at: t.at };
      p++;
      const args: Expr[] = [];
      if (!isSym(')')) {
        args.push(or());
        while (isSym(',')) {
          p++;
          args.push(or());
        }
      }
      expect(')');
      return { op: 'call', fn: t.text, args, at: t.at };
    }
    throw new ExprError(t.kind === 'end' ? 'the expression ends too soon' : `unexpected "${t.text}"`, t.at);
  };
  const e = or();
  if (peek().kind !== 'end') throw new ExprError(`unexpected "${peek().text}"`, peek().at);
  return e;
}

/** Every name and call in an expression, in order (for reference checks). */
export function walkExpr(e: Expr, visit: (e: Extract<Expr, { op: 'name' } | { op: 'call' }>) => void): void {
  switch (e.op) {
    case 'num':
      return;
    case 'name':
      return visit(e);
    case 'call':
      visit(e);
      return e.args.forEach((a) => walkExpr(a, visit));
    case 'not':
    case 'neg':
      return walkExpr(e.arg, visit);
    default:
      walkExpr(e.left, visit);
      walkExpr(e.right, visit);
  }
}

const truth = (b: boolean): number => (b ? 1 : 0);

/** Evaluate with the caller's names and functions (functions get their arguments unevaluated). */
export function evalExpr(e: Expr, name: (n: string) => number, call: (fn: string, args: Expr[], ev: (x: Expr) => number) => number): number {
  const ev = (x: Expr): number => evalExpr(x, name, call);
  switch (e.op) {
    case 'num':
      return e.value;
    case 'name':
      return name(e.name);
    case 'call':
      return call(e.fn, e.args, ev);
    case 'not':
      return truth(ev(e.arg) === 0);
    case 'neg':
      return -ev(e.arg);
    case 'and':
      return truth(ev(e.left) !== 0 && ev(e.right) !== 0);
    case 'or':
      return truth(ev(e.left) !== 0 || ev(e.right) !== 0);
    case '+':
      return ev(e.left) + ev(e.right);
    case '-':
      return ev(e.left) - ev(e.right);
    case '*':
      return ev(e.left) * ev(e.right);
    case '/': {
      const d = ev(e.right);
      return d === 0 ? 0 : ev(e.left) / d;
    }
    case '>=':
      return truth(ev(e.left) >= ev(e.right));
    case '>':
      return truth(ev(e.left) > ev(e.right));
    case '<=':
      return truth(ev(e.left) <= ev(e.right));
    case '<':
      return truth(ev(e.left) < ev(e.right));
    case '==':
      return truth(ev(e.left) === ev(e.right));
    case '!=':
      return truth(ev(e.left) !== ev(e.right));
  }
}
