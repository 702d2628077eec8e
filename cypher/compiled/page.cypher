// Compiled list page (src/graph/compiled.ts): one page of a list (organizations, platforms,
// projects) with the relationship fields the request selected nested, and its totalCount when
// selected, in one statement, instead of the list query, the count query and a second
// statement for the nested fields. {{count}} is compiled/page-count (the same filter, counted)
// or compiled/page-no-count; {{candidates}} is the list's filter fragment followed by
// fragments/keyset-window, with the list's template values (label, industry relationship, sort
// key, direction) from the resolver's whitelist; {{projection}} is built by the compiler as in
// compiled/lookup. $limit + 1 rows are read to tell whether there is a next page; only $limit
// of them are projected, in order.
{{count}}
CALL () {
{{candidates}}
  WITH n, key, id
  ORDER BY key {{direction}}, id ASC
  LIMIT toInteger($limit) + 1
  RETURN collect({n: n, key: key}) AS rows
}
// One row per node, streamed (one row holding the whole page took ~1.3x as long): an empty
// page is one row with a null node, which keeps the count.
UNWIND CASE WHEN size(rows) = 0 THEN [null] ELSE rows[..toInteger($limit)] END AS row
WITH row.n AS n0, row.key AS key, size(rows) > $limit AS more, total
RETURN key, {{projection}} AS node, more, total
