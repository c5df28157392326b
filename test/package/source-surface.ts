/**
 * What each element's source actually offers, read with the TypeScript compiler (nothing is
 * run, no DOM): tag names from `define('infest-…', Class)` calls, then, through the class and
 * the classes it extends, `@property()` attributes and public members, event names of
 * `new CustomEvent('…')`, `<slot>`s, `part` names in the `html` templates the element renders
 * (its own and those of the helpers it calls), and `--infest-*` custom properties read by its
 * `static styles`. manifest.test.ts compares this with custom-elements.json.
 *
 * Dynamic part names are followed where the compiler can tell their values: `part=${part}`
 * takes the string literals the reachable callers pass, `part="phase-${status}"` the literal
 * union type of `status`. What cannot be told is reported as unresolved, never guessed.
 */
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where in the source a name comes from: `src/…/file.ts:42`. */
export type Where = string;

export interface SourceAttribute {
  readonly property: string;
  readonly where: Where;
  /** The values it can take when its type is a union of string literals (`layout`, `theme`). */
  readonly values?: readonly string[];
}

export interface ElementSurface {
  readonly tag: string;
  readonly className: string;
  readonly where: Where;
  /** attribute name → the property it sets */
  readonly attributes: Map<string, SourceAttribute>;
  /** Public instance members: reactive properties, accessors, methods. */
  readonly properties: Map<string, Where>;
  readonly events: Map<string, Where>;
  /** `''` is the default slot. */
  readonly slots: Map<string, Where>;
  readonly parts: Map<string, Where>;
  readonly cssProperties: Map<string, Where>;
  /** Names the compiler could not work out (a part from an untyped string, say). */
  readonly unresolved: string[];
}

type FunctionWithBody = ts.FunctionLikeDeclaration & { body: ts.Node };

interface ReachableCode {
  /** Roots of the code the element can run (classes, functions, constants), none inside another. */
  readonly nodes: readonly ts.Node[];
  /** declaration → the reachable calls of it */
  readonly calls: Map<ts.Node, ts.CallExpression[]>;
  /** Functions used as values, so called from places this analysis cannot follow. */
  readonly passed: Set<ts.Node>;
}

/** Reads the elements defined by src/components/<name>/<name>.ts under `root`. */
export function readSourceSurface(root: string): ElementSurface[] {
  const componentsDir = join(root, 'src/components');
  const files = readdirSync(componentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(componentsDir, entry.name, `${entry.name}.ts`));
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  const program = ts.createProgram({ rootNames: files, options: { ...options, noEmit: true } });
  const checker = program.getTypeChecker();
  const srcDir = join(root, 'src') + '/';

  const isOwn = (node: ts.Node): boolean => {
    const file = node.getSourceFile();
    return !file.isDeclarationFile && file.fileName.startsWith(srcDir);
  };
  /** `file:line` of `node`, or of the first `text` inside it. */
  const where = (node: ts.Node, text = ''): Where => {
    const file = node.getSourceFile();
    const offset = text === '' ? -1 : node.getText().indexOf(text);
    const { line } = file.getLineAndCharacterOfPosition(node.getStart() + Math.max(0, offset));
    return `${relative(root, file.fileName)}:${String(line + 1)}`;
  };
  const symbolOf = (node: ts.Node): ts.Symbol | undefined => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol;
  };
  const declarationsOf = (node: ts.Node): readonly ts.Declaration[] => symbolOf(node)?.declarations ?? [];

  const elements: ElementSurface[] = [];
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isDefineCall(node)) {
        const [tag, klass] = node.arguments;
        if (tag && klass && ts.isStringLiteralLike(tag)) {
          const declaration = declarationsOf(klass).find(ts.isClassDeclaration);
          if (declaration) elements.push(surfaceOf(tag.text, declaration));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return elements;

  function isDefineCall(call: ts.CallExpression): boolean {
    if (!ts.isIdentifier(call.expression) || call.expression.text !== 'define') return false;
    return declarationsOf(call.expression).some((declaration) => declaration.getSourceFile().fileName.endsWith('/internal/define.ts'));
  }

  /** The class and the classes of this package it extends (LitElement and beyond are Lit's). */
  function classChain(declaration: ts.ClassDeclaration): ts.ClassDeclaration[] {
    const chain = [declaration];
    let current: ts.ClassDeclaration | undefined = declaration;
    while (current) {
      const heritage: ts.ExpressionWithTypeArguments | undefined = current.heritageClauses
        ?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
        ?.types[0];
      current = heritage ? declarationsOf(heritage.expression).find(ts.isClassDeclaration) : undefined;
      if (current && isOwn(current)) chain.push(current);
      else current = undefined;
    }
    return chain;
  }

  function surfaceOf(tag: string, declaration: ts.ClassDeclaration): ElementSurface {
    const chain = classChain(declaration);
    const surface: ElementSurface = {
      tag,
      className: declaration.name?.text ?? '(anonymous)',
      where: where(declaration),
      attributes: new Map(),
      properties: new Map(),
      events: new Map(),
      slots: new Map(),
      parts: new Map(),
      cssProperties: new Map(),
      unresolved: [],
    };
    for (const klass of chain) readMembers(klass, surface);
    // Branches are pruned with what callers pass, and callers are found in the live code:
    // repeat until the set of calls stops shrinking.
    let reachable = reachableCode(chain, new Map());
    for (let round = 0; round < 6; round++) {
      const next = reachableCode(chain, reachable.calls);
      const settled = callCount(next.calls) === callCount(reachable.calls);
      reachable = next;
      if (settled) break;
    }
    readTemplates(reachable, surface);
    readStyles(chain, surface);
    return surface;
  }

  function readMembers(klass: ts.ClassDeclaration, surface: ElementSurface): void {
    for (const member of klass.members) {
      if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
      const name = member.name.text;
      const flags = ts.getCombinedModifierFlags(member);
      const isStatic = (flags & ts.ModifierFlags.Static) !== 0;
      const isPublic = (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0;
      if (isStatic) continue;
      if (ts.isPropertyDeclaration(member)) {
        const decorator = ts
          .getDecorators(member)
          ?.map((candidate) => candidate.expression)
          .find((expression): expression is ts.CallExpression => ts.isCallExpression(expression) && expression.expression.getText() === 'property');
        if (decorator) {
          const attribute = attributeName(name, decorator);
          if (attribute !== undefined && !surface.attributes.has(attribute)) {
            const type = checker.getTypeAtLocation(member);
            const values = literalsOfType(type, true);
            surface.attributes.set(attribute, { property: name, where: where(member), ...(values ? { values } : {}) });
          }
        }
        if (isPublic && !surface.properties.has(name)) surface.properties.set(name, where(member));
      } else if (ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)) {
        if (isPublic && !surface.properties.has(name)) surface.properties.set(name, where(member));
      } else if (ts.isMethodDeclaration(member)) {
        // Overrides of Lit's lifecycle (render, connectedCallback, …) are not this package's API,
        // nor are the custom element reactions the browser calls (adoptedCallback, which
        // HTMLElement's type does not declare, so it cannot be marked override).
        const isOverride = (flags & ts.ModifierFlags.Override) !== 0;
        const isReaction = /^(?:connected|disconnected|adopted|attributeChanged)Callback$/.test(name);
        if (isPublic && !isOverride && !isReaction && !surface.properties.has(name)) surface.properties.set(name, where(member));
      }
    }
  }

  /** Lit's rule: `attribute: false` none, `attribute: 'x'` x, otherwise the lowercased name. */
  function attributeName(property: string, decorator: ts.CallExpression): string | undefined {
    const options = decorator.arguments[0];
    if (options && ts.isObjectLiteralExpression(options)) {
      for (const option of options.properties) {
        if (!ts.isPropertyAssignment(option) || option.name.getText() !== 'attribute') continue;
        if (option.initializer.kind === ts.SyntaxKind.FalseKeyword) return undefined;
        if (ts.isStringLiteralLike(option.initializer)) return option.initializer.text;
      }
    }
    return property.toLowerCase();
  }

  /**
   * Everything the element's code can run: the classes of its chain, and every function,
   * method or constant of this package they use, transitively. Call sites are kept so
   * parameters used as part names can take the values callers pass.
   */
  function reachableCode(chain: readonly ts.ClassDeclaration[], knownCalls: Map<ts.Node, ts.CallExpression[]>): ReachableCode {
    const truth = truthOf(knownCalls);
    const seen = new Set<ts.Node>();
    const nodes: ts.Node[] = [];
    const calls = new Map<ts.Node, ts.CallExpression[]>();
    const passed = new Set<ts.Node>();
    const queue: ts.Node[] = [...chain];
    const enqueue = (node: ts.Node): void => {
      if (seen.has(node) || !isOwn(node)) return;
      // Already inside something queued (a method of a chain class, say).
      for (let parent = node.parent as ts.Node | undefined; parent; parent = parent.parent) if (seen.has(parent)) return;
      seen.add(node);
      queue.push(node);
    };
    chain.forEach((klass) => seen.add(klass));
    const targetOf = (declaration: ts.Declaration): ts.Node | undefined => {
      if (isFunctionWithBody(declaration)) return declaration;
      if (ts.isVariableDeclaration(declaration) && declaration.initializer) return declaration;
      if (ts.isPropertyDeclaration(declaration) && declaration.initializer) return declaration;
      return undefined;
    };
    while (queue.length > 0) {
      const node = queue.shift();
      if (!node) break;
      nodes.push(node);
      const visit = (child: ts.Node): void => {
        if (ts.isIdentifier(child) && !isDeclarationName(child)) {
          const callee = (ts.isCallExpression(child.parent) && child.parent.expression === child) ||
            (ts.isPropertyAccessExpression(child.parent) && child.parent.name === child && ts.isCallExpression(child.parent.parent) && child.parent.parent.expression === child.parent);
          for (const declaration of declarationsOf(child)) {
            const target = targetOf(declaration);
            if (target) enqueue(target);
            // Used as a value (a callback, say): called with arguments this analysis cannot see.
            if (target && !callee && isFunctionWithBody(declaration)) passed.add(declaration);
          }
        }
        if (ts.isCallExpression(child)) {
          for (const declaration of declarationsOf(ts.isPropertyAccessExpression(child.expression) ? child.expression.name : child.expression)) {
            const list = calls.get(declaration) ?? [];
            list.push(child);
            calls.set(declaration, list);
          }
        }
        liveChildren(child, truth).forEach(visit);
      };
      liveChildren(node, truth).forEach(visit);
    }
    return { nodes, calls, passed };
  }

  function readTemplates(code: ReachableCode, surface: ElementSurface): void {
    const strings = stringValues(code);
    const truth = truthOf(code.calls);
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'html') readHtml(node, surface, strings);
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ['CustomEvent', 'Event'].includes(node.expression.text)) {
        const name = node.arguments?.[0];
        const values = name ? strings(name) : undefined;
        if (!values) surface.unresolved.push(`${where(node)}: event name ${name?.getText() ?? '(none)'}`);
        else for (const value of values) if (!surface.events.has(value)) surface.events.set(value, where(node));
      }
      liveChildren(node, truth).forEach(visit);
    };
    code.nodes.forEach(visit);
  }

  /** `part` and `<slot>` names in one `html` template. */
  function readHtml(template: ts.TaggedTemplateExpression, surface: ElementSurface, strings: (node: ts.Expression) => string[] | undefined): void {
    const body = template.template;
    const texts = ts.isNoSubstitutionTemplateLiteral(body) ? [body.text] : [body.head.text, ...body.templateSpans.map((span) => span.literal.text)];
    const expressions = ts.isNoSubstitutionTemplateLiteral(body) ? [] : body.templateSpans.map((span) => span.expression);
    const marker = (index: number): string => `\uE000${String(index)}\uE000`;
    const markup = texts.map((text, index) => (index === 0 ? text : marker(index - 1) + text)).join('');
    const expand = (value: string): string[] | undefined => {
      let results = [''];
      for (const piece of value.split(/(\uE000\d+\uE000)/)) {
        const match = /^\uE000(\d+)\uE000$/.exec(piece);
        if (!match) {
          results = results.map((result) => result + piece);
          continue;
        }
        const expression = expressions[Number(match[1])];
        const values = expression ? strings(expression) : undefined;
        if (!values) return undefined;
        results = results.flatMap((result) => values.map((v) => result + v));
      }
      return results;
    };
    for (const match of markup.matchAll(/(?<![\w.?@-])part\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
      const value = match[1] ?? match[2] ?? match[3] ?? '';
      const values = expand(value);
      if (!values) {
        surface.unresolved.push(`${where(template)}: part="${value.replace(/\uE000(\d+)\uE000/g, (_, index: string) => `\${${expressions[Number(index)]?.getText() ?? '?'}}`)}"`);
        continue;
      }
      for (const name of values.flatMap((v) => v.split(/\s+/)).filter(Boolean)) {
        if (!surface.parts.has(name)) surface.parts.set(name, where(template, match[0].split(/\uE000/)[0] ?? ''));
      }
    }
    for (const match of markup.matchAll(/<slot\b([^>]*)>/g)) {
      const attributes = match[1] ?? '';
      const named = /(?<![\w.?@-])name\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/.exec(attributes);
      const values = named ? expand(named[1] ?? named[2] ?? named[3] ?? '') : [''];
      if (!values) surface.unresolved.push(`${where(template)}: <slot${attributes}>`);
      else for (const name of values) if (!surface.slots.has(name)) surface.slots.set(name, where(template));
    }
  }

  /**
   * The strings an expression can be, or undefined when that cannot be told: literals, literal
   * union types, template strings of those, and parameters, from what the callers pass.
   */
  function stringValues({ calls, passed }: ReachableCode): (node: ts.Expression) => string[] | undefined {
    const evaluate = (node: ts.Expression, depth: number): string[] | undefined => {
      if (depth > 12) return undefined;
      if (ts.isStringLiteralLike(node)) return [node.text];
      if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return evaluate(node.expression, depth + 1);
      const fromType = literalsOfType(checker.getTypeAtLocation(node));
      if (fromType) return fromType;
      if (ts.isTemplateExpression(node)) {
        let results = [node.head.text];
        for (const span of node.templateSpans) {
          const values = evaluate(span.expression, depth + 1);
          if (!values) return undefined;
          results = results.flatMap((result) => values.map((value) => result + value + span.literal.text));
        }
        return results;
      }
      if (ts.isConditionalExpression(node)) {
        const whenTrue = evaluate(node.whenTrue, depth + 1);
        const whenFalse = evaluate(node.whenFalse, depth + 1);
        return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
      }
      if (ts.isIdentifier(node)) {
        if (node.text === 'nothing') return [];
        const declaration = declarationsOf(node)[0];
        if (declaration && ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) return parameterValues(declaration, depth);
        if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConst(declaration)) {
          return evaluate(declaration.initializer, depth + 1);
        }
      }
      return undefined;
    };
    const parameterValues = (parameter: ts.ParameterDeclaration, depth: number): string[] | undefined => {
      const owner = parameter.parent;
      const index = owner.parameters.indexOf(parameter);
      const sites = sitesOf(parameter, calls);
      // Never called here (a base-class helper this element does not use): it draws nothing.
      if (sites.length === 0) return passed.has(owner) ? undefined : [];
      const values: string[] = [];
      for (const site of sites) {
        const argument = site.arguments[index];
        const given = argument ? evaluate(argument, depth + 1) : parameter.initializer ? evaluate(parameter.initializer, depth + 1) : undefined;
        if (!given) return undefined;
        values.push(...given);
      }
      return values;
    };
    return (node) => evaluate(node, 0);
  }

  /** Call sites of the function that declares `parameter` (or of the variable holding it). */
  function sitesOf(parameter: ts.ParameterDeclaration, calls: Map<ts.Node, ts.CallExpression[]>): ts.CallExpression[] {
    const owner = parameter.parent;
    return [...(calls.get(owner) ?? []), ...(ts.isVariableDeclaration(owner.parent) ? (calls.get(owner.parent) ?? []) : [])];
  }

  /**
   * Whether a condition is always true or always false for this element: boolean literal
   * types, and parameters (or their properties) for which every caller passes the same
   * literal, e.g. `articleImage(article)` leaves `placeholder` false, and
   * `{ tags: false, … } as const` makes `options.tags` false. Undefined when it may be either.
   */
  function truthOf(calls: Map<ts.Node, ts.CallExpression[]>): (node: ts.Expression) => boolean | undefined {
    const same = (values: (boolean | undefined)[]): boolean | undefined =>
      values.length > 0 && values.every((value) => value !== undefined && value === values[0]) ? values[0] : undefined;
    const unwrap = (node: ts.Expression): ts.Expression => {
      let current = node;
      for (;;) {
        if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) {
          current = current.expression;
          continue;
        }
        if (ts.isIdentifier(current)) {
          const declaration = declarationsOf(current)[0];
          if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConst(declaration)) {
            current = declaration.initializer;
            continue;
          }
        }
        return current;
      }
    };
    const evaluate = (node: ts.Expression, depth: number): boolean | undefined => {
      if (depth > 8) return undefined;
      if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
      if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
      if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return evaluate(node.expression, depth + 1);
      if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
        const value = evaluate(node.operand, depth + 1);
        return value === undefined ? undefined : !value;
      }
      const literal = booleanLiteral(checker.getTypeAtLocation(node));
      if (literal !== undefined) return literal;
      if (ts.isIdentifier(node)) {
        const declaration = declarationsOf(node)[0];
        if (declaration && ts.isParameter(declaration)) {
          const index = declaration.parent.parameters.indexOf(declaration);
          return same(
            sitesOf(declaration, calls).map((site) => {
              const argument = site.arguments[index];
              if (argument) return evaluate(argument, depth + 1);
              return declaration.initializer ? evaluate(declaration.initializer, depth + 1) : false;
            }),
          );
        }
        if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConst(declaration)) return evaluate(declaration.initializer, depth + 1);
      }
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
        const declaration = declarationsOf(node.expression)[0];
        if (declaration && ts.isParameter(declaration)) {
          const index = declaration.parent.parameters.indexOf(declaration);
          const name = node.name.text;
          return same(
            sitesOf(declaration, calls).map((site) => {
              const argument = site.arguments[index];
              if (!argument) return undefined;
              const property = checker.getTypeAtLocation(argument).getProperty(name);
              const fromType = property ? booleanLiteral(checker.getTypeOfSymbolAtLocation(property, argument)) : undefined;
              if (fromType !== undefined) return fromType;
              const object = unwrap(argument);
              if (!ts.isObjectLiteralExpression(object)) return undefined;
              const assignment = object.properties.find((entry): entry is ts.PropertyAssignment => ts.isPropertyAssignment(entry) && entry.name.getText() === name);
              return assignment ? evaluate(assignment.initializer, depth + 1) : undefined;
            }),
          );
        }
      }
      return undefined;
    };
    return (node) => evaluate(node, 0);
  }

  function booleanLiteral(type: ts.Type): boolean | undefined {
    if (!(type.flags & ts.TypeFlags.BooleanLiteral)) return undefined;
    return checker.typeToString(type) === 'true';
  }

  function literalsOfType(type: ts.Type, ignoreUndefined = false): string[] | undefined {
    const members = (type.isUnion() ? type.types : [type]).filter((member) => !(ignoreUndefined && member.flags & ts.TypeFlags.Undefined));
    const literals = members.filter((member): member is ts.StringLiteralType => member.isStringLiteral());
    if (members.length === 0 || literals.length !== members.length) return undefined;
    return literals.map((member) => member.value);
  }

  /** `--infest-*` properties read (`var(--infest-…)`) by the element's `static styles`. */
  function readStyles(chain: readonly ts.ClassDeclaration[], surface: ElementSurface): void {
    const styles = chain
      .flatMap((klass) => klass.members)
      .find(
        (member): member is ts.PropertyDeclaration =>
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'styles' &&
          (ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static) !== 0,
      );
    if (!styles?.initializer) return;
    const uses: { node: ts.Node; use: CustomPropertyUse }[] = [];
    const seen = new Set<ts.Node>();
    const read = (node: ts.Expression): void => {
      if (seen.has(node)) return;
      seen.add(node);
      if (ts.isArrayLiteralExpression(node)) {
        for (const element of node.elements) read(ts.isSpreadElement(element) ? element.expression : element);
      } else if (ts.isParenthesizedExpression(node)) {
        read(node.expression);
      } else if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'css') {
        const body = node.template;
        const texts = ts.isNoSubstitutionTemplateLiteral(body) ? [body.text] : [body.head.text, ...body.templateSpans.map((span) => span.literal.text)];
        const use = customPropertyUse(texts.join('\uE000'), surface.attributes, surface.parts);
        uses.push({ node, use });
        if (!ts.isNoSubstitutionTemplateLiteral(body)) body.templateSpans.forEach((span) => { read(span.expression); });
      } else if (ts.isCallExpression(node)) {
        const callee = declarationsOf(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression)[0];
        if (callee && isFunctionWithBody(callee) && isOwn(callee)) {
          // A function of this package that builds styles: read the css`` it returns.
          const visit = (child: ts.Node): void => {
            if (ts.isTaggedTemplateExpression(child) && child.tag.getText() === 'css') read(child);
            else ts.forEachChild(child, visit);
          };
          visit(callee.body);
        } else if (node.expression.getText() !== 'unsafeCSS') {
          // unsafeCSS() carries selectors here (see program-timeline.styles.ts), never var() reads.
          surface.unresolved.push(`${where(node)}: styles ${node.getText()}`);
        }
      } else if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
        const declaration = declarationsOf(ts.isPropertyAccessExpression(node) ? node.name : node)[0];
        if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
          read(declaration.initializer);
        } else {
          surface.unresolved.push(`${where(node)}: styles ${node.getText()}`);
        }
      } else {
        surface.unresolved.push(`${where(node)}: styles ${node.getText()}`);
      }
    };
    read(styles.initializer);

    // Public properties read directly, and through the private ones that are read, transitively.
    const found: { name: string; node: ts.Node }[] = uses.flatMap(({ node, use }) => use.read.map((name) => ({ name, node })));
    const live = [...new Set(uses.flatMap(({ use }) => [...use.privateReads]))];
    // `live` grows while it is walked: for…of sees the names added.
    for (const name of live) {
      for (const { node, use } of uses) {
        for (const read of use.defines.get(name) ?? []) {
          if (read.startsWith('--_')) {
            if (!live.includes(read)) live.push(read);
          } else {
            found.push({ name: read, node });
          }
        }
      }
    }
    for (const { name, node } of found) if (!surface.cssProperties.has(name)) surface.cssProperties.set(name, where(node, `var(${name}`));
  }
}

/** The children of `node` that can run: a branch whose condition is known is followed alone. */
function liveChildren(node: ts.Node, truth: (node: ts.Expression) => boolean | undefined): ts.Node[] {
  if (ts.isConditionalExpression(node)) {
    const value = truth(node.condition);
    if (value !== undefined) return [node.condition, value ? node.whenTrue : node.whenFalse];
  } else if (ts.isIfStatement(node)) {
    const value = truth(node.expression);
    if (value !== undefined) return [node.expression, ...(value ? [node.thenStatement] : node.elseStatement ? [node.elseStatement] : [])];
  } else if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken) {
      // `false && x`, `true || x`: x never runs.
      if (truth(node.left) === (operator === ts.SyntaxKind.BarBarToken)) return [node.left];
    }
  }
  const children: ts.Node[] = [];
  ts.forEachChild(node, (child) => {
    children.push(child);
  });
  return children;
}

/** What one stylesheet does with custom properties, in rules that can match the element. */
interface CustomPropertyUse {
  /** `--infest-*` read by a declaration of a standard property (`color: var(--infest-…)`). */
  readonly read: string[];
  /** `--_x: var(--infest-y, …)`: private → the public ones it reads. */
  readonly defines: Map<string, string[]>;
  /** Private properties read (`var(--_x)`). */
  readonly privateReads: Set<string>;
}

/** The selectors of a selector list: split at its commas, not at those inside `:is(…)`, `:not(…)`. */
function topLevelList(selector: string): string[] {
  const list: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      list.push(selector.slice(start, index));
      start = index + 1;
    }
  }
  return [...list, selector.slice(start)];
}

/**
 * The custom properties a stylesheet reads, leaving out rules that cannot match this element:
 * those under `:host([layout='grid'])` when its `layout` can never be `grid`, and those for a
 * `[part~='x']` it never renders (shared stylesheets carry rules for layouts and parts some
 * elements lack). A public property read into a private one (`--_surface:
 * var(--infest-color-surface, …)`) counts only where the private one is read.
 */
function customPropertyUse(cssText: string, attributes: ReadonlyMap<string, SourceAttribute>, parts: ReadonlyMap<string, Where>): CustomPropertyUse {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, (comment) => ' '.repeat(comment.length));
  const impossible = (selector: string): boolean => {
    if (selector.startsWith('@') || selector === '') return false;
    // Every selector of the list needs an attribute value or a part this element never has.
    return topLevelList(selector).every(
      (one) =>
        [...one.matchAll(/:host\(\[([\w-]+)\s*=\s*(?:'([^']*)'|"([^"]*)"|([\w-]+))\]\)/g)].some((match) => {
          const values = attributes.get(match[1] ?? '')?.values;
          return values !== undefined && !values.includes(match[2] ?? match[3] ?? match[4] ?? '');
        }) ||
        [...one.matchAll(/\[part~=\s*(?:'([^']*)'|"([^"]*)"|([\w-]+))\]/g)].some((match) => !parts.has(match[1] ?? match[2] ?? match[3] ?? '')),
    );
  };
  const use: CustomPropertyUse = { read: [], defines: new Map(), privateReads: new Set() };
  const selectors: string[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') {
      selectors.push(text.slice(start, index).trim());
      start = index + 1;
    } else if (char === '}') {
      selectors.pop();
      start = index + 1;
    } else if (char === ';') {
      start = index + 1;
    } else if (char === 'v' && text.startsWith('var(', index)) {
      const name = /^var\(\s*(--[\w-]+)/.exec(text.slice(index))?.[1];
      if (!name || selectors.some(impossible)) continue;
      const declared = /^\s*(--_[\w-]+)\s*:/.exec(text.slice(start, index))?.[1];
      if (!name.startsWith('--_') && !name.startsWith('--infest-')) continue;
      if (declared) use.defines.set(declared, [...(use.defines.get(declared) ?? []), name]);
      else if (name.startsWith('--_')) use.privateReads.add(name);
      else use.read.push(name);
    }
  }
  return use;
}

function callCount(calls: Map<ts.Node, ts.CallExpression[]>): number {
  let count = 0;
  for (const list of calls.values()) count += list.length;
  return count;
}

function isFunctionWithBody(node: ts.Node): node is FunctionWithBody {
  return (
    (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    node.body !== undefined
  );
}

/** The name in `function f`, `f() {}` in a class, `const f = …`: not a use of `f`. */
function isDeclarationName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return (
    (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isGetAccessorDeclaration(parent) || ts.isParameter(parent)) &&
    parent.name === identifier
  );
}

function isConst(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}
