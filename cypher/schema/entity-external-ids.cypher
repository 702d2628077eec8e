// Exact lookup by external id (organization(externalId:), entityByExternalId, the importer's
// uniqueness check): the keyword analyzer keeps each SCHEME:value of the externalIds list as one
// untouched term, so a quoted term query finds exactly the nodes carrying it.
CREATE FULLTEXT INDEX entity_external_ids IF NOT EXISTS
FOR (n:Organization|Project)
ON EACH [n.externalIds]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } }
