// Names of the indexes in place (a constraint's backing index carries the constraint's name), so
// that start-up runs only the schema statements whose index is missing.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
