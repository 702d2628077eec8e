// Search over names and aliases in Chinese and English. The CJK analyzer indexes Han text as
// overlapping bigrams (so 锦州 matches 锦州神工半导体) and Latin text as lower-cased words.
// aliasText is aliases joined with ' | ' (full-text indexes take string properties).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Platform|Project|Programme|Region|Industry|Person|Event)
ON EACH [n.name, n.nameZh, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }
