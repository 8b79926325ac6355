// the change log after a version, oldest first
MATCH (c:CatalogChange) WHERE c.version > $since
RETURN c.version AS version, c.credentials AS credentials, c.reference AS reference
ORDER BY c.version
