// HTTP calls inside interpreter code (requests, urllib, fetch, axios, Net::HTTP, curl_*): the ones
// that reach a host the packs know become the curl command that would send the same request, so
// curl's rules judge them (Railway GraphQL mutations, DELETE to an API host).
import type { Language } from './interpreter-code.js';
import { maskStrings, stringLiterals, type Literal } from './code-literals.js';

export type HttpEffect = { kind: 'request'; argv: string[] } | { kind: 'opaque'; text: string };

const RAILWAY = /^https?:\/\/backboard\.railway\.(?:app|com)\b/i;
const DELETE_METHOD =
  /method\s*[:=]\s*(['"])DELETE\1|Net::HTTP::Delete|CURLOPT_CUSTOMREQUEST\s*,\s*(['"])DELETE\2|HTTP::Request->new\(\s*(['"])?DELETE/i;

export function httpEffects(
  code: string,
  language: Language,
  literals: readonly Literal[] = stringLiterals(code, language),
): HttpEffect[] {
  const effects: HttpEffect[] = [];
  const urls = literals.filter((l) => /^https?:\/\/[\w.-]+/i.test(l.value));
  const railway = [...new Set(urls.filter((u) => RAILWAY.test(u.value)).map((u) => u.value))];
  const bodies =
    railway.length === 0
      ? []
      : [...new Set(literals.filter((l) => /\b(?:mutation|query)\b[^{]*\{/.test(l.value)).map((l) => l.value))];
  for (const url of railway) {
    if (bodies.length === 0)
      effects.push({ kind: 'opaque', text: `a request to ${url} whose body is not written out` });
    for (const body of bodies)
      effects.push({
        kind: 'request',
        argv: ['curl', '-X', 'POST', url, '-H', 'Content-Type: application/json', '-d', asJsonBody(body)],
      });
  }
  const deletes = new Set<string>();
  const byStart = new Map(urls.map((u) => [u.start, u]));
  // requests.delete("URL"), axios.delete(`URL`), http.delete('URL'): the first argument.
  for (const m of maskStrings(code, language).matchAll(/\.delete\s*\(\s*/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const url = byStart.get(at);
    if (url) deletes.add(url.value);
  }
  if (DELETE_METHOD.test(code)) for (const u of urls) deletes.add(u.value);
  // Net::HTTP.new("host").delete("/path"), Net::HTTP.start("host") { |h| h.delete("/path") }
  const ruby = /Net::HTTP\.(?:new|start)\(\s*(['"])([\w.-]+)\1[\s\S]{0,400}?\.delete\(\s*(['"])(\/[^'"]*)\3/.exec(code);
  if (ruby) deletes.add(`https://${ruby[2]}${ruby[4]}`);
  for (const url of deletes) effects.push({ kind: 'request', argv: ['curl', '-X', 'DELETE', url] });
  return effects;
}

/** A GraphQL document as the JSON body the API expects; a body that is already JSON stays as it is. */
function asJsonBody(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.includes('"query"')) return trimmed;
  return JSON.stringify({ query: text });
}
