// Tests only: entity_names as releases before external ids created it (no externalIds), to
// check that start-up rebuilds an index whose schema file changed.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Platform|Project|Programme|Region|Industry|Person|Event)
ON EACH [n.name, n.nameZh, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }
