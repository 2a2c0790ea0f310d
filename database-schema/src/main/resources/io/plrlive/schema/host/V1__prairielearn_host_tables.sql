-- A minimal subset of PrairieLearn's tables, for standalone use, tests and the demo. PLR only reads these
-- (PrairieLearn owns them); on a real PrairieLearn database this set is not applied.
-- Roles are text here; PrairieLearn stores them as enum types with the same labels.

CREATE TABLE users (
  user_id bigserial PRIMARY KEY,
  uid text NOT NULL UNIQUE,
  name text,
  email text
);

CREATE TABLE courses (
  id bigserial PRIMARY KEY,
  short_name text NOT NULL,
  title text
);

CREATE TABLE course_instances (
  id bigserial PRIMARY KEY,
  course_id bigint NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  short_name text NOT NULL,
  long_name text
);

CREATE TABLE assessment_sets (
  id bigserial PRIMARY KEY,
  course_id bigint NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  abbreviation text NOT NULL,
  name text NOT NULL,
  heading text,
  color text,
  UNIQUE (course_id, abbreviation)
);

CREATE TABLE assessments (
  id bigserial PRIMARY KEY,
  course_instance_id bigint NOT NULL REFERENCES course_instances (id) ON DELETE CASCADE,
  assessment_set_id bigint REFERENCES assessment_sets (id) ON DELETE SET NULL,
  tid text,
  title text,
  number text,
  deleted_at timestamptz
);

CREATE TABLE assessment_instances (
  id bigserial PRIMARY KEY,
  assessment_id bigint NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  user_id bigint REFERENCES users (user_id) ON DELETE CASCADE,
  number integer NOT NULL DEFAULT 1,
  open boolean NOT NULL DEFAULT true,
  points double precision NOT NULL DEFAULT 0,
  max_points double precision,
  score_perc double precision NOT NULL DEFAULT 0,
  date timestamptz NOT NULL DEFAULT now(),
  modified_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  duration interval NOT NULL DEFAULT '0 seconds'
);

CREATE INDEX assessment_instances_assessment_id_user_id_idx ON assessment_instances (assessment_id, user_id);

CREATE TABLE enrollments (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  course_instance_id bigint NOT NULL REFERENCES course_instances (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, course_instance_id)
);

-- Who is staff: a course role, and per course instance a role over student data.
CREATE TABLE course_permissions (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  course_id bigint NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  course_role text NOT NULL DEFAULT 'None'
    CHECK (course_role IN ('None', 'Previewer', 'Viewer', 'Editor', 'Owner')),
  UNIQUE (user_id, course_id)
);

CREATE TABLE course_instance_permissions (
  id bigserial PRIMARY KEY,
  course_permission_id bigint NOT NULL REFERENCES course_permissions (id) ON DELETE CASCADE,
  course_instance_id bigint NOT NULL REFERENCES course_instances (id) ON DELETE CASCADE,
  course_instance_role text NOT NULL DEFAULT 'None'
    CHECK (course_instance_role IN ('None', 'Student Data Viewer', 'Student Data Editor')),
  UNIQUE (course_instance_id, course_permission_id)
);
