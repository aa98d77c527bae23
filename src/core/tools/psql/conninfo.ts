// libpq connection strings: `postgresql://user:pw@host:port/db?k=v` URIs and `key=value` conninfo.

export type ConnParams = Record<string, string>;

/** Whether a dbname argument is really a connection string (libpq's expand_dbname rule). */
export function isConnString(value: string): boolean {
  return /^postgres(ql)?:\/\//.test(value) || value.includes('=');
}

export function parseConnString(value: string): ConnParams {
  return /^postgres(ql)?:\/\//.test(value) ? parseUri(value) : parseKeywordValue(value);
}

function parseUri(uri: string): ConnParams {
  const out: ConnParams = {};
  let rest = uri.replace(/^postgres(ql)?:\/\//, '');
  const q = rest.indexOf('?');
  const query = q === -1 ? '' : rest.slice(q + 1);
  if (q !== -1) rest = rest.slice(0, q);
  const slash = rest.indexOf('/');
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  if (slash !== -1 && rest.length > slash + 1) out.dbname = decode(rest.slice(slash + 1));
  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    out.user = decode(colon === -1 ? userinfo : userinfo.slice(0, colon));
    if (colon !== -1) out.password = decode(userinfo.slice(colon + 1));
  }
  const hostlist = at === -1 ? authority : authority.slice(at + 1);
  const hosts: string[] = [];
  const ports: string[] = [];
  for (const spec of hostlist.split(',').filter(Boolean)) {
    const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(spec);
    if (!m) continue;
    if (m[1]) hosts.push(decode((m[1] as string).replace(/^\[|\]$/g, '')));
    if (m[2]) ports.push(m[2]);
  }
  if (hosts.length) out.host = hosts.join(',');
  if (ports.length) out.port = ports.join(',');
  for (const pair of query.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq === -1) continue;
    out[decode(pair.slice(0, eq))] = decode(pair.slice(eq + 1));
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `host=a port=5432 dbname='my db'`: values may be single-quoted with \' and \\ escapes. */
function parseKeywordValue(text: string): ConnParams {
  const out: ConnParams = {};
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    const keyStart = i;
    while (i < text.length && !/[\s=]/.test(text[i] as string)) i++;
    const key = text.slice(keyStart, i);
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (text[i] !== '=') break;
    i++;
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    let value = '';
    if (text[i] === "'") {
      i++;
      while (i < text.length && text[i] !== "'") {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
      i++;
    } else {
      while (i < text.length && !/\s/.test(text[i] as string)) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
    }
    if (key) out[key] = value;
  }
  return out;
}

/** Sections of a pg_service.conf (INI): `[name]` then `key=value` lines. */
export function parseServiceFile(text: string): Map<string, ConnParams> {
  const services = new Map<string, ConnParams>();
  let current: ConnParams | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = {};
      services.set(section[1] as string, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq !== -1) current[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return services;
}

/** The URI with its password removed, for display and environment matching. */
export function redactConnString(value: string): string {
  if (/^postgres(ql)?:\/\//.test(value))
    return value.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/, '$1@').replace(/([?&]password=)[^&]*/g, '$1***');
  return value.replace(/(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/g, '$1***');
}
