// Whether a WHERE expression (libpg-query JSON) holds for every row: `true`, `1=1`, `'a'='a'`,
// `x = x`, `NOT false`, `… OR true`, and casts of those. Anything unknown is assumed restricting.
type Node = Record<string, any>;

export function isConstantTrue(expr: unknown): boolean {
  const node = expr as Node | undefined;
  if (!node || typeof node !== 'object') return false;
  if (node.A_Const) return constantValue(node) === 'true';
  if (node.TypeCast) return isConstantTrue(node.TypeCast.arg) || truthyText(constantValue(node.TypeCast.arg));
  if (node.BoolExpr) {
    const args = (node.BoolExpr.args ?? []) as Node[];
    if (node.BoolExpr.boolop === 'OR_EXPR') return args.some(isConstantTrue);
    if (node.BoolExpr.boolop === 'AND_EXPR') return args.length > 0 && args.every(isConstantTrue);
    if (node.BoolExpr.boolop === 'NOT_EXPR') return args.length === 1 && isConstantFalse(args[0]);
    return false;
  }
  if (node.A_Expr && node.A_Expr.kind === 'AEXPR_OP') {
    const op = (node.A_Expr.name ?? []).map((n: Node) => n.String?.sval).join('');
    const left = JSON.stringify(stripLocations(node.A_Expr.lexpr));
    const right = JSON.stringify(stripLocations(node.A_Expr.rexpr));
    const same = left !== undefined && left === right;
    if (['=', '>=', '<='].includes(op)) return same;
    const l = constantValue(node.A_Expr.lexpr);
    const r = constantValue(node.A_Expr.rexpr);
    if (l !== undefined && r !== undefined && ['<>', '!='].includes(op)) return l !== r;
    return false;
  }
  return false;
}

function isConstantFalse(expr: unknown): boolean {
  const node = expr as Node | undefined;
  return !!node?.A_Const && constantValue(node) === 'false';
}

function constantValue(expr: unknown): string | undefined {
  const c = (expr as Node | undefined)?.A_Const as Node | undefined;
  if (!c) return undefined;
  if (c.boolval !== undefined) return c.boolval.boolval === true ? 'true' : 'false';
  if (c.ival !== undefined) return String(c.ival.ival ?? 0);
  if (c.sval !== undefined) return `'${String(c.sval.sval ?? '')}'`;
  if (c.fval !== undefined) return String(c.fval.fval);
  return undefined;
}

function truthyText(value: string | undefined): boolean {
  return value !== undefined && /^'(t|true|y|yes|on|1)'$/i.test(value);
}

function stripLocations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripLocations);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Node)
      .filter(([k]) => k !== 'location')
      .map(([k, v]) => [k, stripLocations(v)]),
  );
}
