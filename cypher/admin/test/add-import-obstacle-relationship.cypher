// Tests only: a relationship uniqueness constraint a later row of an import violates, so one
// batch fails half-way through member_of.csv (tests/hardening/import-failure.test.ts).
CREATE CONSTRAINT import_test_member_evidence IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.evidence IS UNIQUE
