// Every node kind has a stable string id with a named uniqueness constraint.
CREATE CONSTRAINT skill_uri IF NOT EXISTS FOR (n:Skill) REQUIRE n.uri IS UNIQUE;
CREATE CONSTRAINT skill_group_uri IF NOT EXISTS FOR (n:SkillGroup) REQUIRE n.uri IS UNIQUE;
CREATE CONSTRAINT occupation_uri IF NOT EXISTS FOR (n:Occupation) REQUIRE n.uri IS UNIQUE;
CREATE CONSTRAINT learning_outcome_id IF NOT EXISTS FOR (n:LearningOutcome) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT credential_id IF NOT EXISTS FOR (n:Credential) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT requirement_id IF NOT EXISTS FOR (n:Requirement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provider_id IF NOT EXISTS FOR (n:Provider) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT learner_id IF NOT EXISTS FOR (n:Learner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (n:__Migration) REQUIRE n.version IS UNIQUE;
