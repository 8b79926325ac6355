// the catalog's current version (0 before the first logged write)
OPTIONAL MATCH (v:CatalogVersion {id: 'catalog'})
RETURN coalesce(v.version, 0) AS version, v.epoch AS epoch
