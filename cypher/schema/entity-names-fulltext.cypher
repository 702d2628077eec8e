// Search over names, aliases and external ids in Chinese and English. The CJK analyzer indexes
// Han text as overlapping bigrams (so 锦州 matches 锦州神工半导体) and Latin text as lower-cased
// words (PIC:999993953 as pic, 999993953). aliasText is aliases joined with ' | ';
// externalIds is a list of SCHEME:value strings. Display labels of nameless entities are
// computed, never stored, so no placeholder text is indexed.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Platform|Project|Programme|Region|Industry|Person|Event)
ON EACH [n.name, n.nameZh, n.aliasText, n.externalIds]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }
