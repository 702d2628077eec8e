// Part of compiled/page when totalCount is not selected: nothing is counted.
WITH null AS total
