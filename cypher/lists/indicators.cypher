// Reported figures by metric (index indicator_metric), subject and year.
MATCH (n:Indicator)
WHERE ($metric IS NULL OR n.metric = $metric)
  AND ($year IS NULL OR n.year = $year)
  AND ($about IS NULL OR EXISTS { (n)-[:ABOUT]->(:Entity {id: $about}) })
RETURN n {.*, labels: labels(n)} AS node
ORDER BY n.metric, n.id
LIMIT toInteger($limit)
