import type * as TypeScript from 'typescript';

/**
 * Whether a compiled callback module (esbuild's ES module output) provably does bounded work,
 * and how much: a callback with a proof may run on the server's event loop instead of a worker
 * thread, which saves the hop to the worker (most of the cost of a cheap callback). The event
 * loop cannot be interrupted, so the proof must be sound: there is no watchdog behind it.
 *
 * The module may hold one function (the default export, not async, not a generator) and
 * straight-line code: const/let/var, if/else, return, throw, try/catch/finally, and expressions
 * made of literals, names, templates, operators, property reads, object and array literals.
 * With no loop, call, `new`, spread or rest, and no function value anywhere an engine could
 * call it implicitly (the only function is the default export; `ctx` may only be read as
 * `ctx.triggered` and `ctx.noUpdate`; no global but `undefined`, `NaN`, `Infinity`; no
 * computed keys, no `toString`/`valueOf`/`toJSON`/`then`/`__proto__` keys; no property read
 * named `constructor` or `prototype`, and `a[k]` only with a literal `k`), nothing runs but
 * the engine's own bounded built-ins, and every expression is evaluated at most once per call.
 *
 * What is left is growth: `s = s + s` or `b = [a, a]` repeated doubles a value's size (and the
 * time to flatten, compare or serialize it) per line. So each expression gets a weight — a bound
 * on its value's size in units of the callback's input size — and `work` adds up the weights of
 * everything evaluated. A name holds the largest weight ever assigned to it; names are unique
 * in the module, so a function never writes state kept between calls. At call time the server
 * measures the arguments (see argsSize) and runs the callback inline only if
 * `work × max(argument size, code length, 1024)` is under its budget (inlineCallbacks.ts);
 * otherwise, and for every module this analysis refuses, the call goes to a worker, where the
 * time and memory limits hold.
 */
export interface BoundedProof {
  /** Upper bound of the work of one call (module top level included), in units of max(argument size, code length, 1024). */
  work: number;
}

/** Past this, the callback is never run inline (see INLINE_WORK_BUDGET in inlineCallbacks.ts). */
export const MAX_PROVEN_WORK = 4096;
/** Larger modules are not analysed: the proof would be as large as the callback. */
const MAX_NODES = 2000;
const ALLOWED_GLOBALS = new Set(['undefined', 'NaN', 'Infinity']);
const CTX_PROPS = new Set(['triggered', 'noUpdate']);
/** Object literal keys an engine calls implicitly (conversions, JSON, promises) or that set the prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'toString', 'valueOf', 'toJSON', 'then', 'toLocaleString']);
/** Property names that lead from data to constructors and other code (so element access takes literal keys only). */
const FORBIDDEN_PROPS = new Set(['constructor', 'prototype', '__proto__', 'caller', 'callee', 'arguments']);

class NotBounded extends Error {}

function refuse(): never {
  throw new NotBounded();
}

export function isBoundedCallback(ts: typeof TypeScript, code: string): boolean {
  return proveBounded(ts, code) !== undefined;
}

export function proveBounded(ts: typeof TypeScript, code: string): BoundedProof | undefined {
  const file = ts.createSourceFile('callback.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  try {
    return new Prover(ts, file).prove();
  } catch (err) {
    if (err instanceof NotBounded || err instanceof RangeError) return undefined; // RangeError: nesting too deep to walk
    throw err;
  }
}

type Fn = TypeScript.FunctionDeclaration | TypeScript.ArrowFunction | TypeScript.FunctionExpression;
const MODULE = 'module';

class Prover {
  private readonly K: typeof TypeScript.SyntaxKind;
  /** Declared name → the scope declaring it: MODULE or the function. */
  private readonly scopes = new Map<string, typeof MODULE | 'function'>();
  private readonly weights = new Map<string, number>();
  private fnName: string | undefined;
  private fn: Fn | undefined;
  private ctxName: string | undefined;
  private scope: typeof MODULE | 'function' = MODULE;
  private work = 0;

  constructor(
    private readonly ts: typeof TypeScript,
    private readonly file: TypeScript.SourceFile,
  ) {
    this.K = ts.SyntaxKind;
  }

  prove(): BoundedProof | undefined {
    let nodes = 0;
    const count = (node: TypeScript.Node): void => {
      if (++nodes > MAX_NODES) refuse();
      this.ts.forEachChild(node, count);
    };
    count(this.file);
    let exported: string | undefined;
    for (const statement of this.file.statements) {
      if (this.ts.isExportDeclaration(statement)) exported = this.exportedName(statement, exported);
      else if (this.ts.isFunctionDeclaration(statement)) this.setFunction(statement, statement.name?.text);
      else if (this.ts.isVariableStatement(statement) && this.functionDeclaration(statement)) continue;
      else this.declareIn(statement, MODULE);
    }
    if (!this.fn || exported === undefined || exported !== this.fnName) return undefined;
    if (this.fn.modifiers?.some((m) => m.kind === this.K.AsyncKeyword) || (!this.ts.isArrowFunction(this.fn) && this.fn.asteriskToken)) return undefined;
    this.declareFunction(this.fn);
    // Top level first (it runs once, at load), then one call of the function.
    for (const statement of this.file.statements) {
      if (this.ts.isExportDeclaration(statement) || this.ts.isFunctionDeclaration(statement) || this.isFunctionStatement(statement)) continue;
      this.statement(statement);
    }
    this.scope = 'function';
    this.call(this.fn);
    return this.work <= MAX_PROVEN_WORK ? { work: Math.max(1, Math.ceil(this.work)) } : undefined;
  }

  private exportedName(node: TypeScript.ExportDeclaration, previous: string | undefined): string {
    const clause = node.exportClause;
    if (previous !== undefined || node.moduleSpecifier || !clause || !this.ts.isNamedExports(clause) || clause.elements.length !== 1) refuse();
    const spec = clause.elements[0];
    if (spec.name.text !== 'default') refuse();
    return (spec.propertyName ?? spec.name).text;
  }

  private setFunction(fn: Fn, name: string | undefined): void {
    if (this.fn || name === undefined || !fn.body) refuse();
    if (fn.modifiers?.some((m) => m.kind !== this.K.AsyncKeyword)) refuse();
    this.fn = fn;
    this.fnName = name;
    this.declare(name, MODULE);
  }

  private isFunctionStatement(statement: TypeScript.Statement): boolean {
    if (!this.ts.isVariableStatement(statement)) return false;
    const decls = statement.declarationList.declarations;
    return decls.length === 1 && decls[0].initializer !== undefined && (this.ts.isArrowFunction(decls[0].initializer) || this.ts.isFunctionExpression(decls[0].initializer));
  }

  /** `var f = (…) => …` / `const f = function (…) {…}`: the module's function. */
  private functionDeclaration(statement: TypeScript.VariableStatement): boolean {
    if (!this.isFunctionStatement(statement)) return false;
    if (statement.modifiers?.length) refuse();
    const decl = statement.declarationList.declarations[0];
    if (!this.ts.isIdentifier(decl.name)) refuse();
    this.setFunction(decl.initializer as Fn, decl.name.text);
    return true;
  }

  private declare(name: string, scope: typeof MODULE | 'function'): void {
    // Unique names: no shadowing, so each name is one variable and its scope is known.
    if (this.scopes.has(name)) refuse();
    this.scopes.set(name, scope);
  }

  /** Declares every name a statement (or a function's body) binds, in `scope`; refuses nested functions. */
  private declareIn(node: TypeScript.Node, scope: typeof MODULE | 'function'): void {
    const visit = (n: TypeScript.Node): void => {
      if (this.ts.isFunctionLike(n)) refuse();
      // (A catch clause's variable is a VariableDeclaration too.)
      if (this.ts.isVariableDeclaration(n) || this.ts.isBindingElement(n)) this.declareBinding(n.name, scope);
      this.ts.forEachChild(n, visit);
    };
    visit(node);
  }

  private declareBinding(name: TypeScript.BindingName, scope: typeof MODULE | 'function'): void {
    if (this.ts.isIdentifier(name)) this.declare(name.text, scope);
  }

  private declareFunction(fn: Fn): void {
    if (fn.parameters.length > 2) refuse();
    for (const param of fn.parameters) {
      if (param.dotDotDotToken) refuse();
      this.declareIn(param.name, 'function');
      this.declareBinding(param.name, 'function');
    }
    const ctx = fn.parameters[1];
    if (ctx && this.ts.isIdentifier(ctx.name)) this.ctxName = ctx.name.text;
    if (fn.body && this.ts.isBlock(fn.body)) for (const s of fn.body.statements) this.declareIn(s, 'function');
    else if (fn.body) this.declareIn(fn.body, 'function');
  }

  private call(fn: Fn): void {
    const [args, ctx] = fn.parameters;
    if (args) this.bind(args.name, 1, args.initializer);
    if (ctx) {
      if (ctx.initializer) refuse();
      if (!this.ts.isIdentifier(ctx.name)) this.bindCtx(ctx.name);
    }
    const body = fn.body!;
    if (this.ts.isBlock(body)) this.statement(body);
    else this.add(this.expr(body)); // the returned value is checked and serialized
  }

  /** `{ triggered, noUpdate }` as the second parameter. */
  private bindCtx(pattern: TypeScript.BindingName): void {
    if (!this.ts.isObjectBindingPattern(pattern)) refuse();
    for (const el of pattern.elements) {
      const key = el.propertyName ?? el.name;
      if (el.dotDotDotToken || !this.ts.isIdentifier(key) || !CTX_PROPS.has(key.text)) refuse();
      this.bind(el.name, 1, el.initializer);
    }
  }

  private add(weight: number): void {
    this.work += weight;
  }

  private statement(node: TypeScript.Statement): void {
    const { ts } = this;
    if (ts.isBlock(node)) for (const s of node.statements) this.statement(s);
    else if (ts.isVariableStatement(node)) {
      if (node.modifiers?.length) refuse();
      for (const decl of node.declarationList.declarations) this.bind(decl.name, decl.initializer ? 0 : 1, decl.initializer);
    } else if (ts.isExpressionStatement(node)) this.expr(node.expression);
    else if (ts.isReturnStatement(node)) this.add(node.expression ? this.expr(node.expression) : 1);
    else if (ts.isThrowStatement(node)) this.add(this.expr(node.expression));
    else if (ts.isIfStatement(node)) {
      this.expr(node.expression);
      this.statement(node.thenStatement);
      if (node.elseStatement) this.statement(node.elseStatement);
    } else if (ts.isTryStatement(node)) {
      const before = this.work;
      this.statement(node.tryBlock);
      const clause = node.catchClause;
      // What is caught is a thrown value or an engine error about what the block evaluated.
      if (clause?.variableDeclaration) this.bind(clause.variableDeclaration.name, 1 + this.work - before);
      if (clause) this.statement(clause.block);
      if (node.finallyBlock) this.statement(node.finallyBlock);
    } else if (node.kind !== this.K.EmptyStatement) refuse();
  }

  /** Binds a declaration or parameter to a value of `weight` (plus its initializer's). */
  private bind(name: TypeScript.BindingName, weight: number, initializer?: TypeScript.Expression): void {
    const { ts } = this;
    const total = weight + (initializer ? this.expr(initializer) : 0);
    if (ts.isIdentifier(name)) {
      this.assign(name.text, total, true);
      return;
    }
    this.add(total);
    for (const el of name.elements) {
      if (ts.isOmittedExpression(el)) continue;
      if (el.dotDotDotToken) refuse();
      const key = el.propertyName ?? el.name;
      if (el.propertyName && !ts.isIdentifier(key) && !ts.isStringLiteral(key) && !ts.isNumericLiteral(key)) refuse();
      if ((ts.isIdentifier(key) || ts.isStringLiteral(key)) && FORBIDDEN_PROPS.has(key.text)) refuse();
      this.bind(el.name, total, el.initializer);
    }
  }

  private assign(name: string, weight: number, declaring = false): void {
    const scope = this.scopes.get(name);
    // A function writes only its own names (nothing kept from one call to the next).
    if (scope === undefined || (scope !== this.scope && !declaring) || name === this.fnName) refuse();
    this.weights.set(name, Math.max(this.weights.get(name) ?? 0, weight));
  }

  private read(node: TypeScript.Identifier): number {
    const name = node.text;
    if (name === this.fnName || name === this.ctxName) refuse();
    if (!this.scopes.has(name)) {
      if (ALLOWED_GLOBALS.has(name)) return 1;
      refuse();
    }
    if (this.scopes.get(name) === 'function' && this.scope !== 'function') refuse();
    return this.weights.get(name) ?? 1;
  }

  /** Evaluates an expression's weight (a bound on its value's size) and adds the work of evaluating it. */
  private expr(node: TypeScript.Expression): number {
    const weight = this.exprWeight(node);
    if (!Number.isFinite(weight)) refuse();
    this.add(weight);
    return weight;
  }

  private exprWeight(node: TypeScript.Expression): number {
    const { ts, K } = this;
    if (ts.isIdentifier(node)) return this.read(node);
    if (ts.isParenthesizedExpression(node)) return this.expr(node.expression);
    switch (node.kind) {
      case K.StringLiteral:
      case K.NumericLiteral:
      case K.NoSubstitutionTemplateLiteral:
      case K.TrueKeyword:
      case K.FalseKeyword:
      case K.NullKeyword:
        return 1;
    }
    if (ts.isTemplateExpression(node)) return node.templateSpans.reduce((sum, span) => sum + this.expr(span.expression), 1);
    if (ts.isPropertyAccessExpression(node)) {
      if (ts.isIdentifier(node.expression) && node.expression.text === this.ctxName) {
        if (!CTX_PROPS.has(node.name.text)) refuse();
        return 1;
      }
      if (FORBIDDEN_PROPS.has(node.name.text)) refuse();
      return this.expr(node.expression);
    }
    if (ts.isElementAccessExpression(node)) {
      const key = node.argumentExpression;
      if (!(ts.isStringLiteral(key) || ts.isNumericLiteral(key)) || FORBIDDEN_PROPS.has(key.text)) refuse();
      return this.expr(node.expression);
    }
    if (ts.isConditionalExpression(node)) {
      this.expr(node.condition);
      return Math.max(this.expr(node.whenTrue), this.expr(node.whenFalse));
    }
    if (ts.isBinaryExpression(node)) return this.binary(node);
    if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
      const { operand, operator } = node;
      if (operator === K.PlusPlusToken || operator === K.MinusMinusToken) {
        if (!ts.isIdentifier(operand)) refuse();
        this.read(operand);
        this.assign(operand.text, 1);
      } else this.expr(operand);
      return 1;
    }
    if (ts.isTypeOfExpression(node) || ts.isVoidExpression(node)) {
      this.expr(node.expression);
      return 1;
    }
    if (ts.isArrayLiteralExpression(node)) {
      let sum = 1;
      for (const el of node.elements) sum += ts.isOmittedExpression(el) ? 1 : ts.isSpreadElement(el) ? refuse() : this.expr(el);
      return sum;
    }
    if (ts.isObjectLiteralExpression(node)) return this.object(node);
    return refuse();
  }

  private object(node: TypeScript.ObjectLiteralExpression): number {
    const { ts } = this;
    let sum = 1;
    for (const prop of node.properties) {
      const key = prop.name;
      if (!key || !(ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key)) || FORBIDDEN_KEYS.has(key.text)) refuse();
      if (ts.isPropertyAssignment(prop)) sum += 1 + this.expr(prop.initializer);
      else if (ts.isShorthandPropertyAssignment(prop) && !prop.objectAssignmentInitializer) sum += 1 + this.read(prop.name);
      else refuse();
    }
    return sum;
  }

  private binary(node: TypeScript.BinaryExpression): number {
    const { ts, K } = this;
    const op = node.operatorToken.kind;
    if (op === K.InstanceOfKeyword) refuse();
    if (op >= K.FirstAssignment && op <= K.LastAssignment) {
      if (!ts.isIdentifier(node.left)) refuse(); // no destructuring assignment, no property writes
      const before = this.read(node.left);
      const right = this.expr(node.right);
      const after = op === K.EqualsToken || op === K.BarBarEqualsToken || op === K.AmpersandAmpersandEqualsToken || op === K.QuestionQuestionEqualsToken ? Math.max(before, right) : before + right;
      this.assign(node.left.text, after);
      return after;
    }
    const left = this.expr(node.left);
    const right = this.expr(node.right);
    if (op === K.PlusToken) return left + right;
    if (op === K.CommaToken) return right;
    if (op === K.BarBarToken || op === K.AmpersandAmpersandToken || op === K.QuestionQuestionToken) return Math.max(left, right);
    return 1; // arithmetic, comparison, `in`: a number or a boolean
  }
}
