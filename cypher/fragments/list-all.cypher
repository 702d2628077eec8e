// The candidates of a list without any filter (compiled/page, in place of the list's filter
// fragment when every filter value is null): every {{label}} node. The same rows as the filter
// fragment with nulls, without its subqueries and predicates (the page head 48 -> ~30 ms at
// 10,000 organizations), and a count that Neo4j answers from its count store.
MATCH (n:{{label}})
