// Tests only: removes the constraint of add-alias-constraint.
DROP CONSTRAINT mutations_test_alias_text IF EXISTS
