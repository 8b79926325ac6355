// marks what the seed catalog wrote as fictional example data (answers show seed: true)
MATCH (n:Provider) WHERE n.id IN $providers SET n.seed = true
WITH count(*) AS providers
MATCH (n:Credential) WHERE n.id IN $credentials SET n.seed = true
RETURN providers, count(*) AS credentials
