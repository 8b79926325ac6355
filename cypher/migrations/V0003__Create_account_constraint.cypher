// Accounts are the advisers and employers learners grant access to, by the id (token subject) they sign in with.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
