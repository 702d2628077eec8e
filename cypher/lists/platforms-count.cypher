// How many platforms match the filter: counted in the database, no node leaves it.
// @include fragments/platform-filter
RETURN count(n) AS total
