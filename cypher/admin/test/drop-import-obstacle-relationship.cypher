// Tests only: removes the constraint of add-import-obstacle-relationship.
DROP CONSTRAINT import_test_member_evidence IF EXISTS
