// How many projects match the filter: counted in the database, no node leaves it.
// @include fragments/project-filter
RETURN count(n) AS total
