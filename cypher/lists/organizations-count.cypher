// How many organizations match the filter: counted in the database, no node leaves it.
// @include fragments/organization-filter
RETURN count(n) AS total
