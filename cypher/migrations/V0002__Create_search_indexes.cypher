// Filters used by the catalog search, and full-text indexes for label / alt-label search.
CREATE INDEX credential_kind IF NOT EXISTS FOR (n:Credential) ON (n.kind);
CREATE INDEX credential_eqf_level IF NOT EXISTS FOR (n:Credential) ON (n.eqfLevel);
CREATE INDEX credential_language IF NOT EXISTS FOR (n:Credential) ON (n.language);
CREATE INDEX credential_code IF NOT EXISTS FOR (n:Credential) ON (n.code);
CREATE INDEX provider_country IF NOT EXISTS FOR (n:Provider) ON (n.country);
CREATE INDEX occupation_isco_group IF NOT EXISTS FOR (n:Occupation) ON (n.iscoGroup);
CREATE FULLTEXT INDEX skill_labels IF NOT EXISTS FOR (n:Skill) ON EACH [n.label, n.altLabels];
CREATE FULLTEXT INDEX occupation_labels IF NOT EXISTS FOR (n:Occupation) ON EACH [n.label, n.altLabels];
