// The full-text indexes as the database holds them: name, labels, properties and analyzer, so
// start-up can tell an index whose schema file has changed (see src/graph/setup.ts).
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
RETURN name, labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer
