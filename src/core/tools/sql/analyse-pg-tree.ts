// Reads libpg-query's JSON parse tree (node names as in PostgreSQL's parsenodes.h) and lists
// what each statement destroys. Nested DML (writable CTEs, PREPARE, MERGE) is found by walking.
import { isConstantTrue } from './constant-true.js';
import { ADMIN_FUNCTIONS, OPAQUE_FUNCTIONS, effect, type SqlEffect } from './sql-effect.js';

type Node = Record<string, any>;

const CASCADE = 'CASCADE: every object that depends on it is dropped too';

export function analysePgTree(tree: unknown): SqlEffect[] {
  const stmts = ((tree as Node | undefined)?.stmts ?? []) as Node[];
  const effects: SqlEffect[] = [];
  for (const raw of stmts) {
    const stmt = (raw.stmt ?? {}) as Node;
    effects.push(...topLevelEffects(stmt));
    walk(stmt, effects);
  }
  return effects;
}

function topLevelEffects(stmt: Node): SqlEffect[] {
  const [type, node] = Object.entries(stmt)[0] ?? [];
  if (!type || !node) return [];
  const cascade = node.behavior === 'DROP_CASCADE' ? [CASCADE] : [];
  switch (type) {
    case 'DropStmt': {
      const kind = String(node.removeType ?? 'OBJECT')
        .replace(/^OBJECT_/, '')
        .toLowerCase()
        .replace(/_/g, ' ');
      return ((node.objects ?? []) as Node[]).map((o) =>
        effect('drop', objectName(o), [`DROP ${kind.toUpperCase()}`, ...cascade]),
      );
    }
    case 'DropdbStmt': {
      const force = ((node.options ?? []) as Node[]).some((o) => o.DefElem?.defname === 'force');
      return [
        effect('drop', String(node.dbname), [
          'DROP DATABASE',
          ...(force ? ['WITH (FORCE): open connections are terminated first'] : []),
        ]),
      ];
    }
    case 'DropRoleStmt':
      return ((node.roles ?? []) as Node[]).map((r) => effect('drop', roleName(r), ['DROP ROLE']));
    case 'DropOwnedStmt':
      return ((node.roles ?? []) as Node[]).map((r) =>
        effect('drop', `owned-by:${roleName(r)}`, [
          'DROP OWNED: every object the role owns, in this database',
          ...cascade,
        ]),
      );
    case 'TruncateStmt':
      return ((node.relations ?? []) as Node[]).map((r) => effect('truncate', relationName(r.RangeVar ?? r), cascade));
    case 'AlterTableStmt':
      return alterTableEffects(node);
    case 'DoStmt':
      return [effect('opaque', 'DO-block', ['DO runs procedural code guard does not analyse'])];
    case 'CopyStmt':
      return node.is_program
        ? [
            effect('opaque', 'COPY-PROGRAM', [
              `COPY … PROGRAM runs a shell command on the server: ${String(node.filename ?? '')}`,
            ]),
          ]
        : [];
    default:
      if (/^Drop[A-Za-z]*Stmt$/.test(type))
        return [effect('drop', firstName(node), [type.replace(/Stmt$/, '').replace(/^Drop/, 'DROP ').toUpperCase()])];
      return [];
  }
}

function alterTableEffects(node: Node): SqlEffect[] {
  const table = relationName(node.relation);
  const out: SqlEffect[] = [];
  for (const c of (node.cmds ?? []) as Node[]) {
    const cmd = c.AlterTableCmd as Node | undefined;
    if (!cmd) continue;
    const cascade = cmd.behavior === 'DROP_CASCADE' ? [CASCADE] : [];
    if (cmd.subtype === 'AT_DropColumn')
      out.push(
        effect('alter-drop', `${table}.${cmd.name}`, [
          'ALTER TABLE … DROP COLUMN: the column and its data',
          ...cascade,
        ]),
      );
    if (cmd.subtype === 'AT_DropConstraint')
      out.push(effect('alter-drop', `${table}.${cmd.name}`, ['ALTER TABLE … DROP CONSTRAINT', ...cascade]));
  }
  return out;
}

/** Finds DML and function calls anywhere in the tree. */
function walk(node: unknown, out: SqlEffect[]): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'DeleteStmt' && !hasRestrictingWhere(value))
      out.push(effect('delete-all', relationName(value.relation), [whereDetail(value, 'DELETE')]));
    if (key === 'UpdateStmt' && !hasRestrictingWhere(value))
      out.push(effect('update-all', relationName(value.relation), [whereDetail(value, 'UPDATE')]));
    if (key === 'MergeStmt') {
      const deletes = ((value.mergeWhenClauses ?? []) as Node[]).some(
        (w) => w.MergeWhenClause?.commandType === 'CMD_DELETE',
      );
      if (deletes)
        out.push(effect('delete-all', relationName(value.relation), ['MERGE … THEN DELETE removes every matched row']));
    }
    if (key === 'FuncCall') {
      const name = lastString(value.funcname);
      if (name && ADMIN_FUNCTIONS.has(name))
        out.push(effect('admin-function', name, [`${name}(…) acts on the server outside any transaction's undo`]));
      if (name && OPAQUE_FUNCTIONS.has(name))
        out.push(effect('opaque', name, [`${name}(…) runs SQL text guard cannot see`]));
    }
    walk(value, out);
  }
}

function hasRestrictingWhere(stmt: Node): boolean {
  return stmt.whereClause !== undefined && !isConstantTrue(stmt.whereClause);
}

function whereDetail(stmt: Node, verb: string): string {
  return stmt.whereClause === undefined
    ? `${verb} without WHERE affects every row`
    : `${verb} with an always-true WHERE affects every row`;
}

export function relationName(rv: Node | undefined): string {
  if (!rv) return '(unknown)';
  return [rv.catalogname, rv.schemaname, rv.relname].filter((p) => typeof p === 'string' && p !== '').join('.');
}

function objectName(o: Node): string {
  if (o.List) return strings(o.List.items).join('.');
  if (o.String) return String(o.String.sval);
  if (o.ObjectWithArgs) return strings(o.ObjectWithArgs.objname).join('.');
  if (o.TypeName)
    return strings(o.TypeName.names)
      .filter((n) => n !== 'pg_catalog')
      .join('.');
  return firstName(o);
}

function roleName(r: Node): string {
  const spec = (r.RoleSpec ?? r) as Node;
  if (spec.rolename) return String(spec.rolename);
  return String(spec.roletype ?? 'role')
    .replace(/^ROLESPEC_/, '')
    .toLowerCase();
}

function strings(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.map((i: Node) =>
    i.String
      ? String(i.String.sval)
      : i.TypeName
        ? strings(i.TypeName.names)
            .filter((n) => n !== 'pg_catalog')
            .join('.')
        : '?',
  );
}

function lastString(items: unknown): string | undefined {
  const all = strings(items);
  return all[all.length - 1];
}

/** The first string-valued name field of an uncommon DROP node (subname, servername, …). */
function firstName(node: Node): string {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' && /name$/i.test(key)) return value;
  }
  const json = JSON.stringify(node);
  const m = /"sval":"([^"]+)"/.exec(json);
  return m ? (m[1] as string) : '(unnamed)';
}
