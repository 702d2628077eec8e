// Search over names, aliases, indicator labels and external ids in Chinese and English. The
// standard-no-stop-words analyzer indexes each Han character as a term (so a phrase query 神工
// matches 锦州神工半导体 and the single character 角 matches 长江三角洲, inside a word, which
// the bigram CJK analyzer cannot) and Latin text as lower-cased words, stop words kept ("of"
// in University of Cambridge); PIC:999993953 gives pic and 999993953. aliasText is aliases
// joined with ' | '; externalIds is a list of SCHEME:value strings. Display labels of nameless
// entities are computed, never stored, so no placeholder text is indexed. A database holding
// an older definition of this index gets it rebuilt at start-up (src/graph/setup.ts).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Platform|Project|Programme|Region|Industry|Person|Event|Indicator)
ON EACH [n.name, n.nameZh, n.aliasText, n.externalIds, n.label]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }
