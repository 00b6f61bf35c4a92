-- The module "matching" is now "task" (issue 12): event publications not yet completed when an installation upgrades
-- name their listener and event by the old package, and would otherwise never be delivered again.
UPDATE event_publication
SET listener_id = replace(listener_id, 'se.samverka.matching.', 'se.samverka.task.'),
    event_type = replace(event_type, 'se.samverka.matching.', 'se.samverka.task.')
WHERE completion_date IS NULL
  AND (listener_id LIKE 'se.samverka.matching.%' OR event_type LIKE 'se.samverka.matching.%');
