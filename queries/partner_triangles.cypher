// Triangles of partners
// description: three actors each pair of which has a cooperative event
// params: (none)
MATCH (a:Actor)-[:SOURCE_OF|TARGETS]-(e1:Event)-[:SOURCE_OF|TARGETS]-(b:Actor),
      (b)-[:SOURCE_OF|TARGETS]-(e2:Event)-[:SOURCE_OF|TARGETS]-(c:Actor),
      (c)-[:SOURCE_OF|TARGETS]-(e3:Event)-[:SOURCE_OF|TARGETS]-(a)
WHERE a.code < b.code AND b.code < c.code
  AND e1.quad_class <= 2 AND e2.quad_class <= 2 AND e3.quad_class <= 2
RETURN DISTINCT a.code AS a, b.code AS b, c.code AS c
ORDER BY a, b, c
