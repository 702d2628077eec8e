// The hostile-input corpus, as data: strings for every string argument (Cypher and Lucene
// injection, path traversal, unicode edge cases, very long and empty strings), bad numbers for
// every bounded numeric argument, forged cursors, and structural bombs (documents and request
// bodies that graphql-armor, graphql-js or yoga must refuse before anything executes).
// tests/hardening/hostile.test.ts crosses them with the schema.

export interface Hostile {
  name: string;
  value: string;
}

const b64 = (json: string) => Buffer.from(json, 'utf8').toString('base64url');
const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;

/** Strings sent in every String and ID argument (and string input field) of every operation. */
export const HOSTILE_STRINGS: Hostile[] = [
  // Cypher injection: quotes, comments, clause chaining, parameters, procedures, labels.
  { name: 'single quote or', value: `' OR 1=1 //` },
  { name: 'double quote or', value: `" OR 1=1 //` },
  { name: 'close map and delete', value: `"}) MATCH (n) DETACH DELETE n //` },
  { name: 'close map and delete (single)', value: `'}) MATCH (n) DETACH DELETE n //` },
  { name: 'unicode-escaped quote', value: String.raw`\u0027) RETURN 1 //` },
  { name: 'raw quote then return', value: `') RETURN 1 //` },
  { name: 'union delete', value: `x' RETURN 1 AS x UNION MATCH (n) DETACH DELETE n RETURN 1 AS x //` },
  { name: 'statement separator', value: `1; MATCH (n) DETACH DELETE n` },
  { name: 'create pwned', value: `'); CREATE (:Pwned {by: 'hostile'}) //` },
  { name: 'set property', value: `x' SET n.name = 'pwned' //` },
  { name: 'backtick label', value: '`) MATCH (n) DETACH DELETE n //' },
  { name: 'backtick identifier', value: 'x` DETACH DELETE n //`' },
  { name: 'dynamic label syntax', value: '$(labels)' },
  { name: 'parameter reference', value: '$param' },
  { name: 'parameter id', value: '$id' },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the hostile input
  { name: 'template literal', value: '${}' },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the hostile input
  { name: 'template expression', value: '${process.exit(1)}' },
  { name: 'cypher map literal', value: `{id: 'x'}` },
  { name: 'call dbms.components', value: 'CALL dbms.components()' },
  { name: 'call db.labels', value: 'CALL db.labels() YIELD label RETURN label' },
  { name: 'apoc run', value: `CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})` },
  { name: 'load csv', value: `LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l` },
  { name: 'browser param command', value: ':param x => 1' },
  { name: 'regex operator', value: `x' OR n.id =~ '.*` },
  { name: 'valid id then or', value: `org:shengong-semiconductor' OR '1'='1` },
  { name: 'block comment', value: '/* x */ MATCH (n) RETURN n' },
  { name: 'line comment', value: '// x' },
  { name: 'backslashes', value: '\\\\\\' },
  { name: 'backslash quote', value: `\\'` },
  // Lucene query syntax (full-text search).
  { name: 'lucene match all', value: '*:*' },
  { name: 'lucene field wildcard', value: 'name:*' },
  { name: 'lucene operators', value: 'name:a* OR *:* AND NOT id:x' },
  { name: 'lucene boost fuzzy range', value: 'title:(a OR b)^10 c~0.5 [a TO z] {a TO z}' },
  { name: 'lucene special characters', value: '+-&&||!(){}[]^"~*?:\\/' },
  { name: 'lucene unterminated phrase', value: '"unterminated' },
  { name: 'lucene leading wildcard', value: '*abc ?bc' },
  // Regular expressions (ReDoS shapes).
  { name: 'regex match all', value: '/.*/' },
  { name: 'regex catastrophic', value: '(a+)+$' },
  { name: 'regex huge repeat', value: '.{1000000}' },
  // JSON and GraphQL fragments.
  { name: 'json operator object', value: '{"$ne": null}' },
  { name: 'json proto pollution', value: '{"__proto__": {"admin": true}}' },
  { name: 'json array', value: '[1, 2, 3]' },
  { name: 'json null', value: 'null' },
  { name: 'graphql breakout', value: '") { id } __schema { types { name } } #' },
  { name: 'proto key', value: '__proto__' },
  { name: 'constructor key', value: 'constructor' },
  // Other injection families.
  { name: 'sql drop', value: `'; DROP TABLE users; --` },
  { name: 'html script', value: '<script>alert(1)</script>' },
  { name: 'html onerror', value: '<img src=x onerror=alert(1)>' },
  { name: 'format string', value: '%s%s%s%n%x{0}' },
  { name: 'log line injection', value: 'x\nINFO forged log line {"level":30}' },
  { name: 'crlf header injection', value: 'x\r\n\r\nHTTP/1.1 200 OK\r\nX-Pwned: 1' },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'windows path traversal', value: '..\\..\\..\\windows\\win.ini' },
  { name: 'absolute path', value: '/etc/passwd' },
  { name: 'file url', value: 'file:///etc/passwd' },
  { name: 'encoded traversal', value: '%2e%2e%2f%2e%2e%2fetc%2fpasswd' },
  { name: 'number words', value: 'NaN' },
  { name: 'infinity', value: 'Infinity' },
  { name: 'negative number text', value: '-1' },
  { name: 'id lookalike empty name', value: 'org:' },
  { name: 'id lookalike empty kind', value: ':x' },
  { name: 'id uppercase', value: 'ORG:SHENGONG-SEMICONDUCTOR' },
  { name: 'deep brackets', value: '('.repeat(1000) },
  // Unicode edge cases (JSON variables can carry what a GraphQL literal cannot).
  { name: 'lone high surrogate', value: '\ud800' },
  { name: 'lone low surrogate', value: '\udc00' },
  { name: 'reversed surrogate pair', value: 'a\udc00\ud800b' },
  { name: 'high surrogate at end', value: 'abc\ud83d' },
  { name: 'rtl override', value: '\u202Eevil.exe\u202C' },
  { name: 'zero width joiner', value: 'a\u200Db' },
  { name: 'zero width space only', value: '\u200B' },
  { name: 'word joiner and soft hyphen', value: 'a\u2060\u00ADb' },
  { name: 'combining marks (zalgo)', value: `e${'\u0301'.repeat(100)}` },
  { name: 'emoji zwj family', value: '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}' },
  { name: 'flag and skin tone', value: '\u{1F1E8}\u{1F1F3}\u{1F44D}\u{1F3FD}' },
  { name: 'nul', value: '\u0000' },
  { name: 'embedded nul', value: 'a\u0000b' },
  { name: 'control characters', value: '\u0001\u0007\u001b[31m\u007f' },
  { name: 'full-width digits', value: '\uFF11\uFF12\uFF13' },
  { name: 'full-width id', value: '\uFF4F\uFF52\uFF47\uFF1A\uFF58' },
  { name: 'cyrillic homoglyph id', value: '\u043Erg:shengong-semiconductor' },
  { name: 'greek homoglyph', value: '\u0391\u0392\u0395' },
  { name: 'byte order mark', value: '\uFEFFbom' },
  { name: 'noncharacters', value: '\uFFFE\uFFFF\uFDD0' },
  { name: 'astral plane', value: '\u{1D54F}\u{20000}' },
  { name: 'line and paragraph separators', value: 'a\u2028b\u2029c' },
  { name: 'angstrom sign', value: '\u212B' },
  { name: 'tag characters', value: 'a\u{E0041}\u{E007F}' },
  { name: 'chinese with injection', value: `锦州' OR 1=1 //` },
  { name: 'chinese name', value: '锦州神工半导体' },
  // Lengths and emptiness.
  { name: 'empty', value: '' },
  { name: 'space', value: ' ' },
  { name: 'whitespace only', value: ' \t\n\r ' },
  { name: 'ideographic space', value: '\u3000' },
  { name: 'no-break space', value: '\u00A0' },
  { name: 'padded', value: '  padded  ' },
  { name: '200 chars', value: 'a'.repeat(200) },
  { name: '201 chars', value: 'a'.repeat(201) },
  { name: '2000 chars', value: 'b'.repeat(2000) },
  { name: '2001 chars', value: 'b'.repeat(2001) },
  { name: '2000 han characters', value: '锦'.repeat(2000) },
  { name: '66 words', value: 'ab '.repeat(66).trim() },
  { name: '10,000 chars', value: 'x'.repeat(10_000) },
  { name: '1 MB', value: 'y'.repeat(1_048_576) },
];

/** Values for every bounded Int argument (first, depth, maxHops, k, limitPerKind), as variables. */
export const BAD_NUMBERS: { name: string; value: unknown }[] = [
  { name: 'minus one', value: -1 },
  { name: 'zero', value: 0 },
  { name: 'int32 min', value: -2147483648 },
  { name: 'int32 max', value: 2147483647 },
  { name: 'beyond int32', value: 2147483648 },
  { name: 'ten billion', value: 1e10 },
  { name: 'beyond 2^53', value: 2 ** 53 + 2 },
  { name: 'huge float', value: 1e308 },
  { name: 'fraction', value: 1.5 },
  { name: 'tiny', value: 1e-7 },
  { name: 'string number', value: '5' },
  { name: 'NaN text', value: 'NaN' },
  { name: 'Infinity text', value: 'Infinity' },
  { name: 'boolean', value: true },
  { name: 'list', value: [5] },
  { name: 'object', value: { value: 5 } },
];

/** The same edge values written into the document (literals; a float or a huge one fails validation). */
export const BAD_NUMBER_LITERALS = ['-1', '0', '-2147483648', '2147483647', '2147483648', '99999999999999999999', '1.5', '1e3', '"5"', 'null', 'true', 'NaN'];

/** `after` cursors no server issued: garbage, and forged base64url JSON of every shape. */
export const BAD_CURSORS: Hostile[] = [
  { name: 'garbage', value: 'garbage' },
  { name: 'empty', value: '' },
  { name: 'punctuation', value: '!!!$$$' },
  { name: 'emoji', value: '\u{1F642}' },
  { name: 'lone surrogate', value: '\ud800' },
  { name: 'standard base64 padding', value: 'WyJ4IiwieCJd+/==' },
  { name: 'base64 of text', value: b64('hello') },
  { name: 'base64 of null', value: b64('null') },
  { name: 'base64 of number', value: b64('42') },
  { name: 'base64 of empty list', value: b64('[]') },
  { name: 'base64 of one value', value: b64('["x"]') },
  { name: 'base64 of three values', value: b64('["x","y","z"]') },
  { name: 'base64 of object', value: b64('{"key":"x","id":"y"}') },
  { name: 'forged map value', value: b64('["x",{"a":1}]') },
  { name: 'forged list value', value: b64('[[1],[2]]') },
  { name: 'forged nested 100', value: b64(`[${nested(100)},"x"]`) },
  { name: 'forged nested 20,000', value: b64(`[${nested(20_000)},"x"]`) },
  { name: 'forged nested 100,000', value: b64(`[${nested(100_000)},"x"]`) },
  { name: 'forged nested maps', value: b64(`["x",${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}]`) },
  { name: 'forged negative offset', value: b64('[-1,"abcdefghijkl"]') },
  { name: 'forged huge offset', value: b64('[1e308,"abcdefghijkl"]') },
  { name: 'forged fraction offset', value: b64('[0.5,"abcdefghijkl"]') },
  { name: 'forged injection key', value: b64(`["' OR 1=1 //","org:x' DETACH DELETE n //"]`) },
  { name: 'forged lone surrogate', value: b64('["\\ud800","org:x"]') },
  { name: 'forged nul', value: b64('["\\u0000","\\u0000"]') },
  { name: 'forged null pair', value: b64('[null,null]') },
  { name: 'forged booleans', value: b64('[true,false]') },
  { name: 'forged well-formed keyset', value: b64('["zzz","org:zzz"]') },
  { name: 'truncated base64 json', value: b64('["x","y"]').slice(0, 7) },
  // Just under the 1 MB body cap (a larger one is answered 413 before parsing: the body-cap cases).
  { name: '900 KB cursor', value: 'A'.repeat(900_000) },
];

export interface Bomb {
  name: string;
  /** The raw POST body (JSON text, or anything else for malformed requests). */
  body: string;
  /** The first error's message must match: it names the limit or the rule. Null: see `harmless`. */
  expect: RegExp | null;
  /** Why a document that is allowed to execute is still harmless (it must answer fast). */
  harmless?: string;
  /** Allowed HTTP statuses (never 5xx). */
  status: number[];
}

const json = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ query, variables, ...extra });
const chain = (depth: number, leaf = 'id') => {
  let s = leaf;
  for (let i = 0; i < depth; i++) s = `region { ${s} }`;
  return `{ organization(id: "org:shengong-semiconductor") { ${s} } }`;
};
/** `levels` fragments, each spreading the one below `width` times: width^levels expansions. */
const fanOut = (levels: number, width: number, leaf: string, on = 'Query', root = (top: string) => `{ ${top} }`) => {
  let s = `fragment F0 on ${on} { ${leaf} } `;
  for (let i = 1; i <= levels; i++) s += `fragment F${i} on ${on} { ${Array.from({ length: width }, () => `...F${i - 1}`).join(' ')} } `;
  return `${root(`...F${levels}`)} ${s}`;
};
// (armor does not count aliases of __typename, which cost nothing to resolve.)
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { status }`).join(' ')} }`;
const directives = (n: number) => `{ health ${'@include(if: true) '.repeat(n)} { status } }`;
const op = '{ health { status } }';

/** Documents and bodies that must be refused before execution, each with the message naming the limit. */
export const STRUCTURAL_BOMBS: Bomb[] = [
  { name: 'depth 20', body: json(chain(20)), expect: /Query depth limit of \d+ exceeded, found 2\d/, status: [200, 400] },
  // At depth 50 the cost (1.5 per level) is already astronomical; whichever of the two fires first names its limit.
  { name: 'depth 50', body: json(chain(50)), expect: /Query depth limit of \d+ exceeded|Query Cost limit of \d+ exceeded/, status: [200, 400] },
  { name: 'depth 13 (one past the limit)', body: json(chain(12)), expect: /Query depth limit of 12 exceeded/, status: [200, 400] },
  { name: '16 aliases', body: json(aliases(16)), expect: /Aliases limit of \d+ exceeded, found 16/, status: [200, 400] },
  { name: '100 aliases', body: json(aliases(100)), expect: /Aliases limit of \d+ exceeded, found 100/, status: [200, 400] },
  // 1,000 aliases are 3,000 tokens: the token limit stops the parse first.
  { name: '1,000 aliases', body: json(aliases(1000)), expect: /Token limit of \d+ exceeded|Aliases limit of \d+ exceeded/, status: [200, 400] },
  {
    name: '100 aliases of an expensive field',
    body: json(`{ ${Array.from({ length: 100 }, (_, i) => `o${i}: organizations(first: 200) { nodes { id } }`).join(' ')} }`),
    expect: /Aliases limit|Token limit|Cost limit/,
    status: [200, 400],
  },
  {
    name: 'fragment cycle',
    body: json(`{ ...A } fragment A on Query { health { status } ...B } fragment B on Query { ...A }`),
    expect: /Cannot spread fragment "A" within itself/,
    status: [200, 400],
  },
  { name: 'fragment self-spread', body: json(`{ ...A } fragment A on Query { ...A }`), expect: /Cannot spread fragment "A" within itself/, status: [200, 400] },
  { name: 'fragment fan-out 5^10', body: json(fanOut(10, 5, 'health { status }')), expect: /Query Cost limit of \d+ exceeded/, status: [200, 400] },
  { name: 'fragment fan-out 2^30', body: json(fanOut(30, 2, 'health { status }')), expect: /Query Cost limit of \d+ exceeded/, status: [200, 400] },
  {
    name: 'fragment fan-out 10^8 over a list',
    body: json(fanOut(8, 10, 'organizations { nodes { id } }')),
    expect: /Query Cost limit of \d+ exceeded/,
    status: [200, 400],
  },
  {
    name: 'fragment fan-out inside introspection',
    body: json(fanOut(12, 4, 'name fields { name }', '__Type', (top) => `{ __schema { types { ${top} } } }`)),
    // armor leaves introspection out of cost and depth (ignoreIntrospection); production turns
    // introspection off (KG_INTROSPECTION=false), which refuses this document outright.
    expect: null,
    harmless: 'graphql-js collects each fragment once per selection set, so 4^12 spreads resolve as one',
    status: [200],
  },
  { name: '11 directives', body: json(directives(11)), expect: /Directives limit of 10 exceeded, found 11/, status: [200, 400] },
  { name: '50 directives', body: json(directives(50)), expect: /Directives limit of \d+ exceeded, found 50/, status: [200, 400] },
  // 500 @include(if: true) are 3,000 tokens: the token limit stops the parse first.
  { name: '500 directives', body: json(directives(500)), expect: /Token limit of \d+ exceeded|Directives limit of \d+ exceeded/, status: [200, 400] },
  // 100,000 tokens take 700,000 characters: the document size limit answers before the parse.
  {
    name: '100,000 tokens',
    body: json(`{ health { ${'status '.repeat(100_000)} } }`),
    expect: /Token limit of \d+ exceeded|Document size limit of \d+ characters exceeded/,
    status: [200, 400, 413],
  },
  { name: '10,000 tokens', body: json(`{ health { ${'status '.repeat(10_000)} } }`), expect: /Token limit of \d+ exceeded/, status: [200, 400] },
  {
    name: '1,000 variable definitions',
    body: json(`query(${Array.from({ length: 1000 }, (_, i) => `$v${i}: Int`).join(' ')}) { health { status } }`),
    expect: /Token limit of \d+ exceeded/,
    status: [200, 400],
  },
  // Documents under the 1 MB body cap but past the document size limit (KG_MAX_TOKENS × 100 characters).
  {
    name: '500 KB document of tokens',
    body: json(`{ health { ${'status '.repeat(70_000)} } }`),
    expect: /Token limit|Document size limit/,
    status: [200, 400, 413],
  },
  {
    name: '500 KB document of comment padding',
    body: json(`${op}\n# ${'x'.repeat(500_000)}`),
    expect: /Document size limit of \d+ characters exceeded/,
    status: [413],
  },
  {
    name: '500 KB document of whitespace',
    body: json(`{ health ${' '.repeat(500_000)} { status } }`),
    expect: /Document size limit of \d+ characters exceeded/,
    status: [413],
  },
  {
    name: '500 KB string literal',
    body: json(`{ search(text: "${'x'.repeat(500_000)}") { score } }`),
    expect: /Document size limit of \d+ characters exceeded/,
    status: [413],
  },
  // Past the body cap: refused on the stream, before parsing, naming KG_MAX_BODY_BYTES.
  {
    name: '2 MB document of tokens',
    body: json(`{ health { ${'status '.repeat(300_000)} } }`),
    expect: /^request body too large: the limit is \d+ bytes \(KG_MAX_BODY_BYTES\)/,
    status: [413],
  },
  {
    name: '2 MB string literal',
    body: json(`{ search(text: "${'x'.repeat(2_097_152)}") { score } }`),
    expect: /^request body too large: the limit is \d+ bytes \(KG_MAX_BODY_BYTES\)/,
    status: [413],
  },
  { name: 'batch of two operations', body: JSON.stringify([{ query: op }, { query: op }]), expect: /Batching is not supported/, status: [400] },
  {
    name: 'batch of 1,000 operations',
    body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: op }))),
    expect: /Batching is not supported/,
    status: [400],
  },
  { name: 'empty batch', body: '[]', expect: /Batching is not supported/, status: [400] },
  {
    name: 'nested JSON variable 100,000 deep',
    body: `{"query":"mutation($r: JSON!) { createEntity(kind: SOURCE, record: $r) { id } }","variables":{"r":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`,
    expect: /record\.a: is not a field/,
    status: [200],
  },
  {
    name: 'nested JSON list variable 100,000 deep',
    body: `{"query":"mutation($p: JSON) { link(kind: LOCATED_IN, from: \\"org:hx-absent\\", to: \\"region:hx-absent\\", properties: $p, provenance: {source: \\"src:hx-absent\\"}) { created } }","variables":{"p":{"since":${nested(100_000)}}}}`,
    expect: /properties\.since|no entity|no source/,
    status: [200],
  },
  {
    name: 'nested JSON literal 300 deep',
    body: json(`mutation { createEntity(kind: SOURCE, record: ${'{a: '.repeat(300)}1${'}'.repeat(300)}) { id } }`),
    expect: /record\.a: is not a field/,
    status: [200],
  },
  {
    name: 'nested list variable for an enum list',
    body: `{"query":"query($k: [EntityKind!]) { search(text: \\"x\\", kinds: $k) { score } }","variables":{"k":${nested(100_000)}}}`,
    expect: /Variable "\$k" got invalid value/,
    status: [400],
  },
  {
    name: 'input object with unknown nested fields',
    body: json('query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }', { f: { filter: { filter: { nameContains: 'x' } } } }),
    expect: /Variable "\$f" got invalid value .*Field "filter" is not defined/,
    status: [400],
  },
  {
    name: 'prototype keys in an input object',
    body: '{"query":"query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }","variables":{"f":{"__proto__":{"nameContains":"x"},"constructor":{"prototype":{"x":1}}}}}',
    expect: /Variable "\$f" got invalid value .*Field "__proto__" is not defined/,
    status: [400],
  },
  {
    name: 'string for Int variable',
    body: json('query($f: Int) { organizations(first: $f) { totalCount } }', { f: 'abc' }),
    expect: /Int cannot represent non-integer value/,
    status: [400],
  },
  {
    name: 'object for ID variable',
    body: json('query($id: ID!) { entity(id: $id) { id } }', { id: { id: 'x' } }),
    expect: /ID cannot represent value/,
    status: [400],
  },
  {
    name: 'list for String variable',
    body: json('query($t: String!) { search(text: $t) { score } }', { t: ['a', 'b'] }),
    expect: /String cannot represent a non string value/,
    status: [400],
  },
  {
    name: 'number for String variable',
    body: json('query($t: String!) { search(text: $t) { score } }', { t: 42 }),
    expect: /String cannot represent a non string value/,
    status: [400],
  },
  {
    name: 'null for non-null variable',
    body: json('query($id: ID!) { entity(id: $id) { id } }', { id: null }),
    expect: /Variable "\$id" of non-null type "ID!" must not be null/,
    status: [400],
  },
  {
    name: 'missing required variable',
    body: json('query($id: ID!) { entity(id: $id) { id } }', {}),
    expect: /Variable "\$id" of required type "ID!" was not provided/,
    status: [400],
  },
  {
    name: 'unknown enum value',
    body: json('query($m: RegionMeasure!) { regionRank(region: "region:x", measure: $m) { rank } }', { m: 'DROP' }),
    expect: /Value "DROP" does not exist in "RegionMeasure" enum/,
    status: [400],
  },
  {
    name: 'variable declared with the wrong type',
    body: json('query($f: String) { organizations(first: $f) { totalCount } }', { f: '5' }),
    expect: /Variable "\$f" of type "String" used in position expecting type "Int"/,
    status: [200, 400],
  },
  {
    name: 'float literal for Int',
    body: json('{ organizations(first: 1.5) { totalCount } }'),
    expect: /Int cannot represent non-integer value: 1.5/,
    status: [200, 400],
  },
  {
    name: 'int beyond 32 bits',
    body: json('{ indicators(year: 2147483648) { id } }'),
    expect: /Int cannot represent non 32-bit signed integer value/,
    status: [200, 400],
  },
  {
    name: 'lone surrogate escape in a literal',
    body: json(String.raw`{ search(text: "\ud800") { score } }`),
    expect: /Invalid Unicode escape sequence/,
    status: [200, 400],
  },
  {
    name: 'unknown field (suggestions hidden)',
    body: json('{ organisations { totalCount } }'),
    expect: /Cannot query field "organisations" on type "Query"\. Did you mean "organizations"/,
    status: [200, 400],
  },
  {
    name: 'subscription',
    body: json('subscription { health { status } }'),
    expect: /not configured to execute subscription|subscription/i,
    status: [200, 400],
  },
  {
    name: 'two operations, no name',
    body: json('query A { health { status } } query B { health { status } }'),
    expect: /Could not determine what operation to execute/,
    status: [400],
  },
  {
    name: 'unknown operation name',
    body: json('query A { health { status } }', undefined, { operationName: 'Z' }),
    expect: /Could not determine what operation to execute/,
    status: [400],
  },
  { name: 'body not JSON', body: '{"query": "{ health { status } }"', expect: /POST body sent invalid JSON/, status: [400] },
  { name: 'empty body', body: '', expect: /POST body sent invalid JSON|Must provide query string/, status: [400] },
  { name: 'query is a number', body: '{"query": 42}', expect: /Expected "query" param to be a string/, status: [400] },
  { name: 'query is null', body: '{"query": null}', expect: /Must provide query string/, status: [200, 400] },
  {
    name: 'variables is a string',
    body: '{"query": "{ health { status } }", "variables": "x"}',
    expect: /Expected "variables" param to be empty or an object/,
    status: [400],
  },
  {
    name: 'persisted query hash only',
    body: '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
    expect: /Must provide query string|PersistedQuery/,
    status: [200, 400],
  },
  { name: 'document of only a comment', body: json('# nothing'), expect: /Syntax Error: Unexpected <EOF>/, status: [200, 400] },
];
