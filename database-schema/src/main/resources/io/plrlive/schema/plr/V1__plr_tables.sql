-- PLR Live's own tables. They attach to a PrairieLearn database without changing any host row: no foreign key
-- points from a host table to them, and none from them to host tables, so host deletes never depend on PLR.

-- Faults of PLR trigger code that runs inside host transactions, recorded instead of aborting the host's work.
CREATE TABLE plr_trigger_faults (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  source_table text NOT NULL,
  source_operation text NOT NULL,
  source_row_id bigint,
  sqlstate text NOT NULL,
  message text NOT NULL,
  detail text,
  context text
);

-- A friendly alias derived from the user id, e.g. "Curious Otter 42": never the real name. The id is scrambled by a
-- bijection on its low 24 bits, so aliases of user ids below 2^40 are all different and do not reveal the id order.
CREATE FUNCTION plr_default_alias(p_user_id bigint) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  WITH scrambled AS (
    SELECT ((((((p_user_id & 16777215) * 10368889) & 16777215) # ((((p_user_id & 16777215) * 10368889) & 16777215) >> 11))
             * 2654435) & 16777215) AS k
  )
  SELECT (ARRAY['Agile', 'Amber', 'Brave', 'Bright', 'Bold', 'Breezy', 'Calm', 'Candid', 'Cheerful', 'Clever', 'Cosmic', 'Crisp', 'Curious', 'Daring', 'Dapper', 'Eager', 'Earnest', 'Electric', 'Fearless', 'Fluffy', 'Friendly', 'Gentle', 'Giddy', 'Glowing', 'Golden', 'Happy', 'Hardy', 'Honest', 'Humble', 'Jolly', 'Jovial', 'Keen', 'Kind', 'Lively', 'Lucky', 'Lunar', 'Merry', 'Mighty', 'Modest', 'Nimble', 'Noble', 'Patient', 'Peppy', 'Plucky', 'Polite', 'Quick', 'Quiet', 'Radiant', 'Rapid', 'Rustic', 'Serene', 'Shiny', 'Silent', 'Snappy', 'Sparkly', 'Spry', 'Steady', 'Sunny', 'Swift', 'Tidy', 'Upbeat', 'Vivid', 'Witty', 'Zesty'])[(k & 63) + 1]
      || ' ' || (ARRAY['Alpaca', 'Badger', 'Beaver', 'Bison', 'Bobcat', 'Capybara', 'Caribou', 'Cheetah', 'Condor', 'Coyote', 'Crane', 'Dingo', 'Dolphin', 'Eagle', 'Falcon', 'Ferret', 'Finch', 'Fox', 'Gazelle', 'Gecko', 'Heron', 'Hedgehog', 'Ibis', 'Iguana', 'Jaguar', 'Kestrel', 'Koala', 'Lemur', 'Lynx', 'Manatee', 'Marmot', 'Meerkat', 'Mongoose', 'Moose', 'Narwhal', 'Newt', 'Ocelot', 'Octopus', 'Orca', 'Osprey', 'Otter', 'Owl', 'Panda', 'Pelican', 'Penguin', 'Puffin', 'Quokka', 'Rabbit', 'Raccoon', 'Raven', 'Salamander', 'Seal', 'Sparrow', 'Squirrel', 'Stork', 'Tapir', 'Tiger', 'Toucan', 'Turtle', 'Walrus', 'Weasel', 'Wombat', 'Yak', 'Zebra'])[((k >> 6) & 63) + 1]
      || ' ' || ((k >> 12) + 1 + 4096 * (p_user_id >> 24))::text
  FROM scrambled
$$;

-- An opaque, unguessable handle by which browsers and published topics refer to a student instead of a user id.
CREATE FUNCTION plr_new_handle() RETURNS text
  LANGUAGE sql VOLATILE
AS $$
  SELECT rtrim(translate(encode(uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '=')
$$;

-- The public face of a user on the boards.
CREATE TABLE plr_students (
  user_id bigint PRIMARY KEY,
  handle text NOT NULL UNIQUE DEFAULT plr_new_handle(),
  display_name text NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT plr_students_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 30),
  CONSTRAINT plr_students_display_name_trimmed CHECK (display_name = btrim(display_name)),
  CONSTRAINT plr_students_display_name_printable CHECK (display_name !~ '[[:cntrl:]]')
);

-- PLR's mirror of the host's enrollments (kept by a trigger on enrollments), with the course it belongs to.
CREATE TABLE plr_enrollments (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL,
  course_id bigint NOT NULL,
  course_instance_id bigint NOT NULL,
  version bigint NOT NULL DEFAULT 1
);

CREATE INDEX plr_enrollments_course_instance_id_idx ON plr_enrollments (course_instance_id);

-- One opening of an LV assessment. Every opening is a new row; a closed session never opens again.
CREATE TABLE plr_live_sessions (
  id bigserial PRIMARY KEY,
  course_id bigint NOT NULL,
  course_instance_id bigint NOT NULL,
  assessment_id bigint NOT NULL,
  assessment_title text NOT NULL,
  opened_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  opened_by bigint,
  closed_at timestamptz,
  closed_by bigint,
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT plr_live_sessions_title_length CHECK (char_length(assessment_title) <= 256),
  CONSTRAINT plr_live_sessions_closed_after_opened CHECK (closed_at IS NULL OR closed_at >= opened_at)
);

-- At most one open session per course instance, whatever writes the row.
CREATE UNIQUE INDEX plr_live_sessions_one_open_per_course_instance
  ON plr_live_sessions (course_instance_id) WHERE closed_at IS NULL;

CREATE INDEX plr_live_sessions_open_by_assessment_idx
  ON plr_live_sessions (assessment_id) WHERE closed_at IS NULL;

-- One row per (session, student): the student's live standing in that session.
CREATE TABLE plr_participants (
  id bigserial PRIMARY KEY,
  session_id bigint NOT NULL REFERENCES plr_live_sessions (id),
  course_id bigint NOT NULL,
  course_instance_id bigint NOT NULL,
  user_id bigint NOT NULL,
  points bigint NOT NULL,
  joined_at timestamptz NOT NULL,
  points_changed_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT plr_participants_one_per_student UNIQUE (session_id, user_id),
  CONSTRAINT plr_participants_changed_after_joining CHECK (points_changed_at >= joined_at)
);

-- Backfill what an existing PrairieLearn database already holds: enrollments and their students.
INSERT INTO plr_enrollments (id, user_id, course_id, course_instance_id)
SELECT e.id, e.user_id, ci.course_id, e.course_instance_id
FROM enrollments e
JOIN course_instances ci ON ci.id = e.course_instance_id;

INSERT INTO plr_students (user_id, display_name)
SELECT DISTINCT user_id, plr_default_alias(user_id)
FROM plr_enrollments;
