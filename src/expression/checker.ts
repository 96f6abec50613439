// Context checks on a parsed expression: names against the context's variables and constants,
// function names and arities, and the literal arguments some functions require. Errors that
// the server itself would raise carry its wording in `serverMessage`; checks only the console
// makes are marked `consoleOnly`.
import type { CallNode, ExpressionError, ExpressionNode } from './ast';
import {
  ALL_CONSTANTS,
  ALL_VARIABLES,
  expressionContexts,
  isExpressionContextName,
  type ExpressionContextName,
} from './contexts';
import { functionsByName } from './functions';
import { parseExpression } from './parser';
import { printExpression } from './printer';
import { compileRustRegex } from './rust-regex';
import { closestMatch } from './suggest';

export interface CheckOptions {
  /** Allow `$0`..`$n`: true when checking the `then` of a match row. */
  allowCaptures?: boolean;
}

interface Scope {
  label: string;
  variables: ReadonlySet<string>;
  constants: ReadonlySet<string>;
  allowsGlobals: boolean;
  allowCaptures: boolean;
}

function scopeFor(contexts: readonly ExpressionContextName[], options: CheckOptions): Scope {
  const selected = contexts.map((name) => expressionContexts[name]);
  return {
    label: contexts.join(' + '),
    variables: new Set(selected.flatMap((c) => c.variables)),
    constants: new Set(selected.flatMap((c) => c.constants)),
    allowsGlobals: selected.some((c) => c.allowsGlobals),
    allowCaptures: options.allowCaptures ?? false,
  };
}

const quoted = (text: string) => JSON.stringify(text);

class Checker {
  readonly errors: ExpressionError[] = [];

  constructor(private readonly scope: Scope) {}

  private report(node: { start: number; end: number }, message: string, extra: Partial<ExpressionError> = {}): void {
    this.errors.push({ message, start: node.start, end: node.end, ...extra });
  }

  visit(node: ExpressionNode): void {
    switch (node.type) {
      case 'identifier':
        return this.identifier(node.name, node);
      case 'global':
        if (!this.scope.allowsGlobals) {
          this.report(node, `global variable '$${node.name}' is only set by the spam filter`, { consoleOnly: true });
        }
        return;
      case 'capture':
        if (!this.scope.allowCaptures) {
          this.report(node, `capture group '$${node.index}' is only available in 'then', after a matches() in 'if'`, {
            consoleOnly: true,
          });
        }
        return;
      case 'call':
        this.call(node);
        break;
      case 'array':
        node.items.forEach((item) => this.visit(item));
        return;
      case 'index':
        this.visit(node.target);
        this.visit(node.index);
        return;
      case 'unary':
        this.visit(node.operand);
        return;
      case 'binary':
        this.visit(node.left);
        this.visit(node.right);
        return;
      default:
        return;
    }
  }

  private identifier(name: string, node: ExpressionNode): void {
    const { variables, constants, label } = this.scope;
    if (variables.has(name) || constants.has(name)) return;
    const suggestion = closestMatch(name, [...variables, ...constants]);
    const hint = suggestion ? `: did you mean '${suggestion}'?` : '';
    const suggest = suggestion === undefined ? {} : { suggestion };
    if (functionsByName.has(name)) {
      this.report(node, `'${name}' is a function: call it as ${name}(…)`, { serverMessage: 'Invalid expression' });
    } else if (ALL_VARIABLES.has(name)) {
      this.report(node, `variable '${name}' is not available in ${label}${hint}`, {
        ...suggest,
        serverMessage: `Variable ${quoted(name)} not allowed in this context`,
      });
    } else if (ALL_CONSTANTS.has(name)) {
      this.report(node, `constant '${name}' is not available in ${label}${hint}`, {
        ...suggest,
        serverMessage: `Constant ${quoted(name)} not allowed in this context`,
      });
    } else {
      this.report(node, `unknown variable '${name}'${hint}`, {
        ...suggest,
        serverMessage: `Invalid variable or constant ${quoted(name)}`,
      });
    }
  }

  private call(node: CallNode): void {
    const nameSpan = { start: node.start, end: node.nameEnd };
    const fn = functionsByName.get(node.name);
    node.args.forEach((arg) => this.visit(arg));
    if (!fn) {
      const suggestion = closestMatch(node.name, functionsByName.keys());
      this.report(nameSpan, `unknown function '${node.name}'${suggestion ? `: did you mean '${suggestion}'?` : ''}`, {
        ...(suggestion === undefined ? {} : { suggestion }),
        serverMessage: `Invalid variable or constant ${quoted(node.name)}`,
      });
      return;
    }
    const expected = fn.args.length;
    if (node.args.length !== expected) {
      const plural = expected === 1 ? 'argument' : 'arguments';
      this.report(node, `function '${fn.name}' takes ${expected} ${plural}, got ${node.args.length}`, {
        serverMessage:
          fn.name === 'matches'
            ? 'Expression function "matches" expected 2 arguments'
            : fn.category === 'special'
              ? 'Expression function expected 1 argument'
              : `Expression function ${quoted(fn.name)} expected ${expected} arguments, got ${node.args.length}`,
      });
      return;
    }
    fn.args.forEach((spec, i) => {
      const arg = node.args[i];
      if (spec.literal && arg.type !== 'string') {
        const what = spec.literal === 'regex' ? 'a regular expression' : 'a name';
        this.report(arg, `the ${spec.name} argument of ${fn.name}() must be a string literal (${what})`, {
          serverMessage: `Expected '"', found invalid character '${printExpression(arg).charAt(0)}'`,
        });
        return;
      }
      if (spec.literal === 'regex' && arg.type === 'string') {
        const compiled = compileRustRegex(arg.value);
        if (!compiled.ok) {
          this.report(arg, `invalid regular expression: ${compiled.message}`, {
            serverMessage: `Invalid regular expression: ${compiled.message}`,
            ...(compiled.consoleOnly ? { consoleOnly: true as const } : {}),
          });
        }
        return;
      }
      if (spec.oneOf && (arg.type === 'string' || arg.type === 'integer' || arg.type === 'float' || arg.type === 'boolean')) {
        const text = String(arg.value);
        if (spec.oneOf.includes(text)) return;
        const suggestion = closestMatch(text, spec.oneOf);
        const choices = spec.oneOf.map((choice) => `'${choice}'`).join(', ');
        // The server checks system() names while compiling; the others fail only when evaluated.
        const serverChecks = fn.name === 'system';
        this.report(arg, `${fn.name}() ${spec.name} must be one of ${choices}, got ${quoted(text)}`, {
          ...(suggestion === undefined ? {} : { suggestion: `'${suggestion}'` }),
          ...(serverChecks ? { serverMessage: `Invalid system variable name ${quoted(text)}` } : { consoleOnly: true as const }),
        });
      }
    });
  }
}

/**
 * Checks an expression (source text or a parsed tree) against one context, or several (a field
 * with both variables and constants). Parse errors come back as they are.
 */
export function checkExpression(
  source: string | ExpressionNode,
  context: ExpressionContextName | readonly ExpressionContextName[] | string,
  options: CheckOptions = {},
): ExpressionError[] {
  const contexts: readonly string[] = typeof context === 'string' ? [context] : context;
  const unknown = contexts.find((name) => !isExpressionContextName(name));
  if (unknown !== undefined || contexts.length === 0) {
    const length = typeof source === 'string' ? source.length : source.end;
    return [{ message: `unknown expression context ${quoted(unknown ?? '')}`, start: 0, end: length }];
  }
  let ast: ExpressionNode;
  if (typeof source === 'string') {
    const parsed = parseExpression(source);
    if (!parsed.ok) return parsed.errors;
    ast = parsed.ast;
  } else {
    ast = source;
  }
  const checker = new Checker(scopeFor(contexts as readonly ExpressionContextName[], options));
  try {
    checker.visit(ast);
  } catch (caught) {
    if (!(caught instanceof RangeError)) throw caught;
    return [{ message: 'Expression is nested too deeply', start: ast.start, end: ast.end }];
  }
  return checker.errors;
}
