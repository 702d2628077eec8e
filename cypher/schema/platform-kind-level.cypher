// Platform filters and the per-region analytics group by kind and level.
CREATE INDEX platform_kind_level IF NOT EXISTS FOR (p:Platform) ON (p.kind, p.level)
