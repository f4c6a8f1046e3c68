-- Stories newest first: the story list reads stories in order of their
-- last publication day, descending (stories of no known day last), then
-- by id. The expression is the one the queries of DB.Stories order by.
CREATE INDEX stories_recent ON stories (coalesce(date_to, '') DESC, id);
