// Compiled list page (src/graph/compiled.ts): one page of a list (organizations, platforms,
// projects) with the relationship fields the request selected nested, and its totalCount when
// selected, in one statement, instead of the list query, the count query and a second
// statement for the nested fields. {{count}} is compiled/page-count (the same filter, counted)
// or compiled/page-no-count; {{candidates}} is the list's filter fragment followed by
// fragments/keyset-window, with the list's template values (label, industry relationship, sort
// key, direction) from the resolver's whitelist; {{projection}} is built by the compiler as in
// compiled/lookup. $limit + 1 rows are read to tell whether there is a next page; only $limit
// of them are projected.
{{count}}
CALL () {
{{candidates}}
  WITH n, key
  ORDER BY key {{direction}}, n.id ASC
  LIMIT toInteger($limit) + 1
  RETURN collect({n: n, key: key}) AS rows
}
CALL (rows) {
  UNWIND rows[..toInteger($limit)] AS row
  WITH row.n AS n0, row.key AS key
  RETURN collect({key: key, node: {{projection}}}) AS page
}
RETURN page, size(rows) > $limit AS more, total
