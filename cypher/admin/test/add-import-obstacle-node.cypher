// Tests only: a uniqueness constraint a later row of an import violates, so one batch fails
// half-way through organizations.csv (tests/hardening/import-failure.test.ts). Dropped after.
CREATE CONSTRAINT import_test_org_name_zh IF NOT EXISTS FOR (n:Organization) REQUIRE n.nameZh IS UNIQUE
