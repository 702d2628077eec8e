// DataLoader batch for one relationship type, incoming: every request of one nesting level for
// {{type}} (a template value filled in from the resolver table in src/resolvers/relations.ts,
// a whitelist, never a client string; the planner then expands only that type).
// $requests: [{key, id, role, afterName, afterId, count}]. For each: its neighbours after the
// keyset cursor (afterName, afterId), ordered by name then id, at most $limit (the largest
// page of the batch; the loader cuts each to its own), and when count is true how many match
// in all (the connection's totalCount). Index: entity_id for the parents.
UNWIND $requests AS req
MATCH (n:Entity {id: req.id})
CALL (n, req) {
  MATCH (n)<-[r:{{type}}]-(m)
  WHERE (req.role IS NULL OR r.role = req.role)
    AND (req.afterId IS NULL
      OR coalesce(m.name, '') > req.afterName
      OR (coalesce(m.name, '') = req.afterName AND m.id > req.afterId))
  WITH r, m ORDER BY coalesce(m.name, ''), m.id LIMIT toInteger($limit)
  RETURN collect({rel: properties(r), node: m {.*, labels: labels(m)}}) AS edges
}
RETURN req.key AS key, edges,
  CASE WHEN req.count THEN COUNT { MATCH (n)<-[r:{{type}}]-() WHERE req.role IS NULL OR r.role = req.role } END AS total
