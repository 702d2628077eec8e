// Shared tail of the list queries: keyset pagination over (sort key, id) in {{direction}}
// (ASC or DESC, one statement per direction rather than ORDER BY CASE); the window itself is
// fragments/keyset-window.
// @include fragments/keyset-window
RETURN n {.*, labels: labels(n)} AS node, key
ORDER BY key {{direction}}, id ASC
LIMIT toInteger($limit)
