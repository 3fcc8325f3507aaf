"""Schema 0001 exactly as it shipped: the DDL text sqlite-utils generated at commit f8e7c12.

Frozen. SQLite stores this text in ``sqlite_master``; a new database must get the same text
as one made by the released build, so it is kept here byte for byte and never regenerated.
"""

V1_SCHEMA: tuple[str, ...] = (
    (
        'CREATE TABLE "settings" (\n'
        '   "key" TEXT PRIMARY KEY,\n'
        '   "value" TEXT\n'
        ")"
    ),
    (
        'CREATE TABLE "place" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "name" TEXT,\n'
        '   "area" TEXT,\n'
        '   "active" INTEGER,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE TABLE "staff" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "name" TEXT,\n'
        '   "initials" TEXT,\n'
        '   "role" TEXT,\n'
        '   "active" INTEGER,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE TABLE "category" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "code" TEXT,\n'
        '   "name" TEXT,\n'
        '   "description" TEXT,\n'
        '   "positive" INTEGER,\n'
        '   "active" INTEGER,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE UNIQUE INDEX "idx_category_code"\n'
        '    ON "category" ("code")'
    ),
    (
        'CREATE TABLE "shift" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "date" TEXT,\n'
        '   "start" TEXT,\n'
        '   "end" TEXT,\n'
        '   "kind" TEXT,\n'
        '   "area_ids" TEXT,\n'
        '   "staff_ids" TEXT,\n'
        '   "partners" TEXT,\n'
        '   "summary" TEXT,\n'
        '   "status" TEXT,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE INDEX "idx_shift_date_start"\n'
        '    ON "shift" ("date", "start")'
    ),
    (
        'CREATE TABLE "tally" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "shift_id" TEXT REFERENCES "shift"("id"),\n'
        '   "gender" TEXT,\n'
        '   "age_band" TEXT,\n'
        '   "count" INTEGER,\n'
        '   "affected_alcohol" INTEGER,\n'
        '   "affected_drugs" INTEGER,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE INDEX "idx_tally_shift_id"\n'
        '    ON "tally" ("shift_id")'
    ),
    (
        'CREATE TABLE "contact" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "shift_id" TEXT REFERENCES "shift"("id"),\n'
        '   "alias" TEXT,\n'
        '   "birth_year" INTEGER,\n'
        '   "gender" TEXT,\n'
        '   "place_id" TEXT REFERENCES "place"("id"),\n'
        '   "actions" TEXT,\n'
        '   "note" TEXT,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE INDEX "idx_contact_shift_id"\n'
        '    ON "contact" ("shift_id")'
    ),
    (
        'CREATE INDEX "idx_contact_alias"\n'
        '    ON "contact" ("alias")'
    ),
    (
        'CREATE TABLE "observation" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "shift_id" TEXT REFERENCES "shift"("id"),\n'
        '   "observed_at" TEXT,\n'
        '   "place_id" TEXT REFERENCES "place"("id"),\n'
        '   "category" TEXT,\n'
        '   "severity" INTEGER,\n'
        '   "people_count" INTEGER,\n'
        '   "description" TEXT,\n'
        '   "forwarded_to" TEXT,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE INDEX "idx_observation_shift_id"\n'
        '    ON "observation" ("shift_id")'
    ),
    (
        'CREATE INDEX "idx_observation_place_id_observed_at"\n'
        '    ON "observation" ("place_id", "observed_at")'
    ),
    (
        'CREATE INDEX "idx_observation_observed_at"\n'
        '    ON "observation" ("observed_at")'
    ),
    (
        'CREATE TABLE "follow_up" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "text" TEXT,\n'
        '   "due" TEXT,\n'
        '   "owner_id" TEXT REFERENCES "staff"("id"),\n'
        '   "shift_id" TEXT REFERENCES "shift"("id"),\n'
        '   "contact_id" TEXT REFERENCES "contact"("id"),\n'
        '   "status" TEXT,\n'
        '   "version" TEXT NOT NULL,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL DEFAULT 0\n'
        ")"
    ),
    (
        'CREATE INDEX "idx_follow_up_status_due"\n'
        '    ON "follow_up" ("status", "due")'
    ),
    (
        'CREATE INDEX "idx_follow_up_shift_id"\n'
        '    ON "follow_up" ("shift_id")'
    ),
    (
        'CREATE TABLE "history" (\n'
        '   "table_name" TEXT,\n'
        '   "id" TEXT,\n'
        '   "version" TEXT,\n'
        '   "parent" TEXT,\n'
        '   "changed_at" TEXT NOT NULL,\n'
        '   "changed_by" TEXT NOT NULL,\n'
        '   "deleted" INTEGER NOT NULL,\n'
        '   "payload" TEXT NOT NULL,\n'
        '   PRIMARY KEY ("table_name", "id", "version")\n'
        ")"
    ),
    (
        'CREATE TABLE "audit_log" (\n'
        '   "at" TEXT NOT NULL,\n'
        '   "device_id" TEXT,\n'
        '   "action" TEXT NOT NULL,\n'
        '   "detail" TEXT\n'
        ")"
    ),
)
