-- The mapping and aggregation of `stancegraph import FORMAT --aggregate PERIOD`, in Spark SQL.
--
-- Inputs (temporary views the runner, scale/aggregate.py, creates):
--   events   the event files, one column per layout column, named as the layout file names them
--            (Sources/StanceEvents/Resources/layouts/*.tsv), every column a string
--   mapping  Sources/StanceEvents/Resources/cameo-mapping.tsv: code, relation, set, gdelt, icews
-- Parameters (${...}, substituted by the runner; see scale/README.md for BigQuery and DuckDB):
--   ${source}, ${target}   the actor columns of the chosen level (Actor1CountryCode, ...)
--   ${code}, ${day}, ${document}, ${sources}   the code, date, document and NumSources columns
--   ${day_format}          'compact' (GDELT YYYYMMDD) or 'iso' (ICEWS YYYY-MM-DD)
--   ${preset}              the mapping's value column (gdelt or icews)
--   ${broad}               true to count rows of the 'broad' set (111, 114-116)
--   ${period_length}       10 (day), 7 (month) or 4 (year): characters of the ISO date kept
--   ${weight}              goldstein, count or sources
--
-- Rules, as in EventImporter: a code maps through itself or its nearest listed parent; a
-- listed row outside the active sets stops the search. Rows with an empty actor, self-events
-- and unmapped codes are dropped. One output row per (source, relation, target, period) with
-- the summed weight (rounded to 6 decimals), the count, the first and last day and the
-- smallest document (URL or story id) as the example.

WITH typed AS (
  SELECT
    NULLIF(TRIM(${source}), '') AS source,
    NULLIF(TRIM(${target}), '') AS target,
    TRIM(${code}) AS code,
    CASE WHEN '${day_format}' = 'compact'
      THEN CONCAT(SUBSTR(TRIM(${day}), 1, 4), '-', SUBSTR(TRIM(${day}), 5, 2), '-',
                  SUBSTR(TRIM(${day}), 7, 2))
      ELSE TRIM(${day}) END AS day,
    NULLIF(TRIM(${document}), '') AS document,
    CAST(COALESCE(NULLIF(TRIM(${sources}), ''), '1') AS INT) AS num_sources
  FROM events
),
resolved AS (
  SELECT
    t.*,
    -- The nearest listed row: the code, its parent, its grandparent.
    COALESCE(m0.code, m1.code, m2.code) AS listed,
    CASE WHEN m0.code IS NOT NULL THEN m0.relation
         WHEN m1.code IS NOT NULL THEN m1.relation ELSE m2.relation END AS relation,
    CASE WHEN m0.code IS NOT NULL THEN m0.`set`
         WHEN m1.code IS NOT NULL THEN m1.`set` ELSE m2.`set` END AS rule_set,
    CAST(CASE WHEN m0.code IS NOT NULL THEN m0.${preset}
              WHEN m1.code IS NOT NULL THEN m1.${preset} ELSE m2.${preset} END AS DOUBLE) AS value
  FROM typed t
  LEFT JOIN mapping m0 ON m0.code = t.code
  LEFT JOIN mapping m1 ON LENGTH(t.code) > 2 AND t.code RLIKE '^[0-9]+$'
    AND m1.code = SUBSTR(t.code, 1, LENGTH(t.code) - 1)
  LEFT JOIN mapping m2 ON LENGTH(t.code) > 3 AND t.code RLIKE '^[0-9]+$'
    AND m2.code = SUBSTR(t.code, 1, LENGTH(t.code) - 2)
),
kept AS (
  SELECT
    source, relation, target, day, document,
    CASE '${weight}'
      WHEN 'goldstein' THEN ABS(value)
      WHEN 'count' THEN 1.0
      ELSE CAST(GREATEST(1, num_sources) AS DOUBLE) END AS weight
  FROM resolved
  WHERE listed IS NOT NULL
    AND (rule_set = 'default' OR (${broad} AND rule_set = 'broad'))
    AND source IS NOT NULL AND target IS NOT NULL AND source <> target
)
SELECT
  source,
  relation,
  target,
  SUBSTR(day, 1, ${period_length}) AS date,
  ROUND(SUM(weight), 6) AS weight,
  MIN(document) AS document,
  COUNT(*) AS count,
  MIN(day) AS first,
  MAX(day) AS last
FROM kept
GROUP BY source, relation, target, SUBSTR(day, 1, ${period_length})
ORDER BY date, source, relation, target
