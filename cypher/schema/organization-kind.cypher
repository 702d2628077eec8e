// Organization lists filter by kind (Enterprise, University, ...).
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind)
