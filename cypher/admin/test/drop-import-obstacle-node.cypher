// Tests only: removes the constraint of add-import-obstacle-node.
DROP CONSTRAINT import_test_org_name_zh IF EXISTS
