// The size of a network scope before its snapshot is read, so an oversized scope is refused in
// one cheap statement: {organizations, memberships} where memberships counts the UNDERTAKES,
// MEMBER_OF and HOSTED_BY relationships of the scope's organizations (what the snapshot
// transfers). Scope parameters: see the fragment. No index needed (label scan, degree counts
// from the store).
// @include analytics/fragments/network-scope
RETURN count(o) AS organizations,
  sum(COUNT { (o)-[:UNDERTAKES|MEMBER_OF]->() } + COUNT { (o)<-[:HOSTED_BY]-() }) AS memberships
