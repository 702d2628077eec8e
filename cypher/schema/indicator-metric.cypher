// Reported indicators are read by metric (platform_count, funding_amount, ...).
CREATE INDEX indicator_metric IF NOT EXISTS FOR (i:Indicator) ON (i.metric)
