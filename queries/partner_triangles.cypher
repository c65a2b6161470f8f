// Triangles of partners
// description: three actors each pair of which has a cooperative projected relation; `graph` draws the triangle
// params: (none)
MATCH (a:Actor)-[r1]-(b:Actor)-[r2]-(c:Actor)-[r3]-(a)
WHERE a.code < b.code AND b.code < c.code
  AND r1.quad_class <= 2 AND r2.quad_class <= 2 AND r3.quad_class <= 2
RETURN a.code AS a, b.code AS b, c.code AS c, collect(r1)[0] AS ab, collect(r2)[0] AS bc,
       collect(r3)[0] AS ca
ORDER BY a, b, c
