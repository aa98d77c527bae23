// The tool-independent shape of one HTTP call that curl, wget, httpie and xh packs extract.
import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** Where a piece of the request body comes from. `unreadable`: guard cannot know it offline. */
export type BodyPart =
  | { kind: 'inline'; text: string }
  | { kind: 'file'; path: string; stripNewlines?: boolean; urlencodeAs?: string }
  | {
      kind: 'stdin';
      stripNewlines?: boolean;
      urlencodeAs?: string;
      /** httpie/xh: no captured stdin means a terminal, so no body. */ optional?: boolean;
    }
  | { kind: 'unreadable'; why: string };

export interface HttpRequest {
  /** Upper-cased method the tool will send. */
  method: string;
  urls: string[];
  /** `Name: value` header lines (values never shown). */
  headers: string[];
  /** Token given through a tool flag (curl --oauth2-bearer, httpie -A bearer -a). */
  bearerFlag?: string;
  body: BodyPart[];
  /** How the tool joins several body parts (curl: `&`). */
  joiner: string;
}

export interface ParsedUrl {
  host: string;
  /** host + path, without scheme, credentials or query: what a human recognises. */
  display: string;
  query: string;
}

/** Parses what the tool accepts as a URL, including scheme-less `host/path` and httpie's `:port/path`. */
export function parseUrl(raw: string): ParsedUrl | undefined {
  let text = raw.trim();
  if (text.startsWith(':')) text = `localhost${text}`;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `http://${text}`;
  try {
    const url = new URL(text);
    if (url.hostname === '') return undefined;
    return {
      host: url.hostname.toLowerCase(),
      display: `${url.host}${url.pathname === '/' ? '' : url.pathname}`,
      query: url.search.replace(/^\?/, ''),
    };
  } catch {
    return undefined;
  }
}

export type BodyText = { ok: true; text: string } | { ok: false; why: string };

/** Assembles the request body as the tool would send it, reading files and captured stdin. */
export function readBody(request: HttpRequest, ctx: Context): BodyText {
  const pieces: string[] = [];
  for (const part of request.body) {
    const piece = readPart(part, ctx);
    if (!piece.ok) return piece;
    pieces.push(piece.text);
  }
  return { ok: true, text: pieces.join(request.joiner) };
}

function readPart(part: BodyPart, ctx: Context): BodyText {
  const text = readRaw(part, ctx);
  if (!text.ok || part.kind === 'inline' || part.kind === 'unreadable' || part.urlencodeAs === undefined) return text;
  // curl --data-urlencode [name]@file: the content is URL-encoded, then prefixed with name=.
  return { ok: true, text: `${part.urlencodeAs ? `${part.urlencodeAs}=` : ''}${encodeURIComponent(text.text)}` };
}

function readRaw(part: BodyPart, ctx: Context): BodyText {
  switch (part.kind) {
    case 'inline':
      return { ok: true, text: part.text };
    case 'unreadable':
      return { ok: false, why: part.why };
    case 'stdin': {
      if (!ctx.stdin && part.optional) return { ok: true, text: '' };
      if (!ctx.stdin) return { ok: false, why: 'the body comes from standard input, which guard could not read' };
      if (ctx.stdin.truncated) return { ok: false, why: 'the body on standard input is too large to analyse' };
      return { ok: true, text: part.stripNewlines ? ctx.stdin.text.replace(/[\r\n]/g, '') : ctx.stdin.text };
    }
    case 'file': {
      const path = posix.resolve(ctx.cwd, part.path.replace(/^~(?=\/|$)/, ctx.home));
      const text = ctx.fs.readText(path);
      if (text === undefined) return { ok: false, why: `the body file ${part.path} could not be read` };
      return { ok: true, text: part.stripNewlines ? text.replace(/[\r\n]/g, '') : text };
    }
  }
}

/** `@-` and `/dev/stdin` mean standard input in every tool here. */
export function isStdinPath(path: string): boolean {
  return path === '-' || path === '/dev/stdin' || path === '/dev/fd/0' || path === '/proc/self/fd/0';
}

/** Whether any argument names Railway's API host: only then is stdin worth capturing. */
export function mentionsRailwayApi(args: readonly string[]): boolean {
  return args.some((a) => /backboard\.railway\.(app|com)/i.test(a));
}
