-- `stancegraph import gdelt1 FILES --aggregate month` (country level, Goldstein weight, gdelt
-- preset) in DuckDB, on one machine without Spark. Run from the repository root:
--   duckdb -c ".read scale/duckdb.sql"   (edit the glob 'gdelt/*.export.CSV.gz' first)
-- DuckDB numbers the headerless columns column00..column57: SQLDATE is column01,
-- Actor1CountryCode column07, Actor2CountryCode column17, EventCode column26, SOURCEURL column57.
WITH events AS (
  SELECT * FROM read_csv('gdelt/*.export.CSV.gz', delim = '\t', header = false, quote = '',
                         all_varchar = true, null_padding = true)
),
mapping AS (
  SELECT * FROM read_csv('Sources/StanceEvents/Resources/cameo-mapping.tsv', delim = '\t',
                         header = true, comment = '#', all_varchar = true)
),
typed AS (
  SELECT
    NULLIF(TRIM(column07), '') AS source,
    NULLIF(TRIM(column17), '') AS target,
    TRIM(column26) AS code,
    SUBSTR(column01, 1, 4) || '-' || SUBSTR(column01, 5, 2) || '-' || SUBSTR(column01, 7, 2) AS day,
    NULLIF(TRIM(column57), '') AS document
  FROM events
),
resolved AS (
  SELECT t.*,
    COALESCE(m0.code, m1.code, m2.code) AS listed,
    COALESCE(m0.relation, m1.relation, m2.relation) AS relation,
    COALESCE(m0."set", m1."set", m2."set") AS rule_set,
    CAST(COALESCE(m0.gdelt, m1.gdelt, m2.gdelt) AS DOUBLE) AS value
  FROM typed t
  LEFT JOIN mapping m0 ON m0.code = t.code
  LEFT JOIN mapping m1 ON LENGTH(t.code) > 2 AND regexp_full_match(t.code, '[0-9]+')
    AND m1.code = SUBSTR(t.code, 1, LENGTH(t.code) - 1)
  LEFT JOIN mapping m2 ON LENGTH(t.code) > 3 AND regexp_full_match(t.code, '[0-9]+')
    AND m2.code = SUBSTR(t.code, 1, LENGTH(t.code) - 2)
),
kept AS (
  SELECT source, relation, target, day, document, ABS(value) AS weight
  FROM resolved
  WHERE listed IS NOT NULL AND rule_set = 'default'
    AND source IS NOT NULL AND target IS NOT NULL AND source <> target
)
SELECT source, relation, target, SUBSTR(day, 1, 7) AS date, ROUND(SUM(weight), 6) AS weight,
  MIN(document) AS document, COUNT(*) AS count, MIN(day) AS first, MAX(day) AS last
FROM kept
GROUP BY source, relation, target, SUBSTR(day, 1, 7)
ORDER BY date, source, relation, target;
