-- Prepare a Virtuoso 7 for kg: an account that may run SPARQL Update (run once, as dba:
-- isql-vt 1111 dba PASSWORD virtuoso_setup.sql, after filling in the values in braces; docs/scaling.md
-- "Store servers" says why). kg then writes and reads at
-- http://{user}:PASSWORD@HOST:8890/sparql-auth (HTTP Digest).
DB.DBA.USER_CREATE ('{user}', '{password}');
GRANT SPARQL_UPDATE TO "{user}";
