// DataLoader batch: every relationship-field request of one nesting level in one round trip.
// $requests: [{key, id, type, dir: 'OUT'|'IN', role}]; type comes from the resolver table in
// src/resolvers/relations.ts (a whitelist), never from a client. Each request gets at most
// $limit neighbours, ordered by name then id; the resolver cuts to the field's own `first`.
UNWIND $requests AS req
MATCH (n:Entity {id: req.id})
CALL (n, req) {
  CALL (n, req) {
    WITH n, req WHERE req.dir = 'OUT'
    MATCH (n)-[r:$(req.type)]->(m)
    RETURN r, m
    UNION
    WITH n, req WHERE req.dir = 'IN'
    MATCH (n)<-[r:$(req.type)]-(m)
    RETURN r, m
  }
  WITH r, m WHERE req.role IS NULL OR r.role = req.role
  RETURN r, m ORDER BY m.name, m.id LIMIT toInteger($limit)
}
RETURN req.key AS key, collect({rel: properties(r), node: m {.*, labels: labels(m)}}) AS edges
