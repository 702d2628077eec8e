// Fragment: the organizations in scope, as `o`, each once: located in $region or any of its
// sub-regions (LOCATED_IN, then PART_OF up to 8 levels), or every organization when $region is
// null. The branches exclude each other; the first anchors on the region (index entity_id), the
// second is a label scan that runs only when no region is given.
CALL () {
  MATCH (r:Entity {id: $region}) WHERE r:Region
  MATCH (r)<-[:PART_OF]-{0,8}(:Region)<-[:LOCATED_IN]-(o:Organization)
  RETURN DISTINCT o
  UNION ALL
  WITH $region AS region WHERE region IS NULL
  MATCH (o:Organization)
  RETURN o
}
