import type * as TypeScript from 'typescript';

/**
 * Whether a compiled callback module (esbuild's ES module output) provably runs in bounded time
 * without side effects outside itself: straight-line code only. Such a callback may run on the
 * server's event loop instead of a worker thread, which saves the hop to the worker — most of
 * the cost of a cheap callback — and keeps the promise that a callback cannot hang the server:
 * with no loops, no calls, no recursion and no `new`, it can only take time in proportion to the
 * size of its (JSON) inputs.
 *
 * Allowed: functions at top level (declared, or an arrow or function expression given a name;
 * the default export not async, none generators), `export { f as default }`, const/let with such expressions, if/else, return, throw, try/catch, and
 * expressions made of literals, names, template literals, operators, property access, object
 * and array literals; assignment only to the module's own local names. Anything else —
 * any call (even `n.toFixed(1)`), `new`, a loop, a nested function, `await`, `import`,
 * `instanceof`, a tagged template, a BigInt (`10n ** 9999999n` is slow), assigning to a property
 * or a global — sends it to a worker.
 */
export function isBoundedCallback(ts: typeof TypeScript, code: string): boolean {
  const file = ts.createSourceFile('callback.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const K = ts.SyntaxKind;
  const locals = new Set<string>();
  let defaultExport: string | undefined;
  /** Top-level functions (declared, or arrow/function expressions assigned to a name) and whether they are async. */
  const functions = new Map<string, boolean>();

  const collectNames = (name: TypeScript.BindingName): void => {
    if (ts.isIdentifier(name)) locals.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectNames(element.name);
  };

  const ALLOWED = new Set<TypeScript.SyntaxKind>([
    K.Identifier, K.Parameter, K.ObjectBindingPattern, K.ArrayBindingPattern, K.BindingElement, K.OmittedExpression,
    K.Block, K.ReturnStatement, K.IfStatement, K.VariableStatement, K.VariableDeclarationList, K.VariableDeclaration,
    K.ExpressionStatement, K.ThrowStatement, K.TryStatement, K.CatchClause, K.EmptyStatement,
    K.StringLiteral, K.NumericLiteral, K.NoSubstitutionTemplateLiteral, K.TemplateExpression,
    K.TemplateHead, K.TemplateMiddle, K.TemplateTail, K.TemplateSpan, K.TrueKeyword, K.FalseKeyword, K.NullKeyword,
    K.ConditionalExpression, K.ParenthesizedExpression, K.PropertyAccessExpression, K.ElementAccessExpression,
    K.ObjectLiteralExpression, K.PropertyAssignment, K.ShorthandPropertyAssignment, K.ComputedPropertyName,
    K.ArrayLiteralExpression, K.SpreadElement, K.SpreadAssignment, K.TypeOfExpression, K.VoidExpression,
    K.QuestionToken, K.ColonToken, K.QuestionDotToken,
  ]);

  const ASSIGNMENTS = new Set<TypeScript.SyntaxKind>([
    K.EqualsToken, K.PlusEqualsToken, K.MinusEqualsToken, K.AsteriskEqualsToken, K.SlashEqualsToken, K.PercentEqualsToken,
    K.AsteriskAsteriskEqualsToken, K.AmpersandEqualsToken, K.BarEqualsToken, K.CaretEqualsToken, K.LessThanLessThanEqualsToken,
    K.GreaterThanGreaterThanEqualsToken, K.GreaterThanGreaterThanGreaterThanEqualsToken, K.BarBarEqualsToken,
    K.AmpersandAmpersandEqualsToken, K.QuestionQuestionEqualsToken,
  ]);

  const isAsync = (node: TypeScript.FunctionLikeDeclaration): boolean => node.modifiers?.some((m) => m.kind === K.AsyncKeyword) ?? false;
  const isLocal = (node: TypeScript.Expression): boolean => ts.isIdentifier(node) && locals.has(node.text);

  // Names first: an assignment may come before the declaration it targets (hoisting aside, `let` is still local).
  const gather = (node: TypeScript.Node): void => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) collectNames(node.name);
    else if (ts.isCatchClause(node) && node.variableDeclaration) collectNames(node.variableDeclaration.name);
    ts.forEachChild(node, gather);
  };
  gather(file);

  const check = (node: TypeScript.Node, depth: number): boolean => {
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === K.InstanceOfKeyword) return false;
      if (ASSIGNMENTS.has(op) && !isLocal(node.left)) return false;
      return check(node.left, depth) && check(node.right, depth);
    }
    if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
      const op = node.operator;
      if ((op === K.PlusPlusToken || op === K.MinusMinusToken) && !isLocal(node.operand)) return false;
      return check(node.operand, depth);
    }
    if (ts.isFunctionDeclaration(node)) {
      // Only at the top of the module: a nested function could be handed to something that calls it.
      if (depth > 0 || node.asteriskToken || node.modifiers?.some((m) => m.kind !== K.ExportKeyword && m.kind !== K.AsyncKeyword) || !node.body) return false;
      if (node.name) functions.set(node.name.text, isAsync(node));
      return node.parameters.every((p) => check(p, depth + 1)) && check(node.body, depth + 1);
    }
    if (ts.isVariableDeclaration(node) && depth === 0 && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
      const fn = node.initializer;
      if (!ts.isIdentifier(node.name) || (ts.isFunctionExpression(fn) && fn.asteriskToken)) return false;
      functions.set(node.name.text, isAsync(fn));
      return fn.parameters.every((p) => check(p, 1)) && check(fn.body, 1);
    }
    if (ts.isExportDeclaration(node)) {
      if (depth > 0 || node.moduleSpecifier || !node.exportClause || !ts.isNamedExports(node.exportClause)) return false;
      for (const spec of node.exportClause.elements) {
        if (spec.name.text !== 'default') return false;
        defaultExport = (spec.propertyName ?? spec.name).text;
      }
      return true;
    }
    if (ts.isPropertyAccessExpression(node)) return check(node.expression, depth); // the name after the dot is not a reference
    if (ts.isPropertyAssignment(node)) return (!ts.isComputedPropertyName(node.name) || check(node.name, depth)) && check(node.initializer, depth);
    if (ts.isBindingElement(node)) return (!node.propertyName || !ts.isComputedPropertyName(node.propertyName) || check(node.propertyName, depth)) && check(node.name, depth) && (!node.initializer || check(node.initializer, depth));
    if (ts.isVariableStatement(node) && node.modifiers?.length) return false;
    if (!ALLOWED.has(node.kind)) return false;
    let ok = true;
    ts.forEachChild(node, (child) => {
      if (ok && !check(child, ts.isSourceFile(node) ? 0 : depth)) ok = false;
    });
    return ok;
  };

  let ok = true;
  for (const statement of file.statements) {
    if (!check(statement, 0)) {
      ok = false;
      break;
    }
  }
  // An async function returns a promise and may await: it is left to a worker.
  return ok && defaultExport !== undefined && functions.get(defaultExport) === false;
}

