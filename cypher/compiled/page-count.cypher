// Part of compiled/page when totalCount is selected: how many nodes match the list's filter
// ({{filter}}, the list's filter fragment), counted in the database.
CALL () {
{{filter}}
  RETURN count(n) AS total
}
