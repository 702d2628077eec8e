// Tests only: a uniqueness constraint a merge can be made to violate half-way (after it moved
// relationships), to show that a failed mutation leaves nothing behind. Dropped after the test.
CREATE CONSTRAINT mutations_test_alias_text IF NOT EXISTS FOR (n:Organization) REQUIRE n.aliasText IS UNIQUE
